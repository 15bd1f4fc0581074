import {
  createElement,
  forwardRef,
  type ComponentPropsWithRef,
  type ElementType,
  type ForwardRefExoticComponent,
} from 'react';

/** The props of a part: those of its element, and `as` to render another element with the same class. */
export type PartProps<T extends ElementType> = ComponentPropsWithRef<T> & { as?: ElementType };

/**
 * A part of a component: `element` with Samspill's class name, merged with the caller's `className`. The rules for
 * the class are in the component's CSS file, built into the package's static stylesheet, so rendering a part costs
 * no more than rendering its element: nothing is generated, hashed or injected at run time.
 */
export function part<T extends ElementType>(element: T, className: string): ForwardRefExoticComponent<PartProps<T>> {
  const Part = forwardRef<unknown, PartProps<ElementType>>(function Part({ as, className: extra, ...props }, ref) {
    return createElement(as ?? element, { ...props, ref, className: extra ? `${className} ${extra}` : className });
  });
  Part.displayName = className;
  return Part as ForwardRefExoticComponent<PartProps<T>>;
}
