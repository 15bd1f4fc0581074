/** A Samspill class with the caller's `className` after it, for elements rendered directly rather than as a part. */
export const withClass = (base: string, className: string | undefined): string =>
  className ? `${base} ${className}` : base;
