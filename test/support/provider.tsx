import type { ReactNode } from 'react';
import { SamspillProvider, type SamspillProviderProps } from '@samspill/react';
import { catalogueFor } from '@samspill/react/locales';

/** Renders children the way an app does: inside a provider, which owns the theme and the live regions, with the
 * catalogue of its locale passed in. */
export function withProvider(children: ReactNode, props: Omit<SamspillProviderProps, 'children'> = {}) {
  const strings = props.locale ? { ...catalogueFor(props.locale), ...props.strings } : props.strings;
  return (
    <SamspillProvider {...props} strings={strings}>
      {children}
    </SamspillProvider>
  );
}

/** Total number of CSS rules in the document's stylesheets, static and inserted alike. */
export function documentRuleCount(): number {
  return Array.from(document.styleSheets).reduce((count, sheet) => count + sheet.cssRules.length, 0);
}

/** WCAG 2 contrast ratio of two computed `rgb()`/`rgba()` colours (opaque). */
export function contrastOfComputed(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
