/**
 * What each component's and pattern's `guidance.json` holds: the facts a designer, the overview page, the
 * published metadata and the conformance report read. Prop types, defaults and story ids come from the code.
 */
export interface Guidance {
  /** The exported component name, e.g. `Button`. */
  name: string;
  package: '@samspill/react' | '@samspill/patterns';
  /** `stable`: the API and look only change in a major version. `beta`: may still change in a minor one. */
  status: 'stable' | 'beta';
  /** One sentence for the overview gallery: what it is for. */
  summary: string;
  /** Words designers search with that are not the name, e.g. `Banner`, `Notification`, `Modal`. */
  aliases: string[];
  /** The keyboard contract; empty for a component that takes no focus of its own. */
  keyboard: { keys: string[]; action: string }[];
  /** What a screen reader is told, one line per situation. */
  screenReader: string[];
  /** What automated tests cannot know and the team must check by hand; end a check with the criteria it covers,
   * e.g. `(WCAG 2.4.6)`, and the conformance report lists it under them. */
  manualChecks: string[];
  /** Components to use with it or instead of it, and why. */
  related: { name: string; why: string }[];
}
