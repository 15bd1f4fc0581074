import type { Guidance } from '../docs/blocks/guidance.ts';

export interface PropMetadata {
  name: string;
  /** The type as written, a union of literals spelled out. */
  type: string;
  required: boolean;
  default?: string;
  description: string;
}

/** One component's or pattern's entry in a package's `dist/metadata.json`. */
export interface ComponentMetadata extends Omit<Guidance, 'name' | 'package'> {
  name: string;
  package: string;
  /** The Storybook id of its docs page, e.g. `components-tag--docs`. */
  docs: string;
  stories: { id: string; name: string; tags: string[] }[];
  props: PropMetadata[];
  /** The other components documented on the same page, e.g. `Tab`, `TabList` and `TabPanel` beside `Tabs`. */
  parts: { name: string; props: PropMetadata[] }[];
}

export interface PackageMetadata {
  package: string;
  version: string;
  components: ComponentMetadata[];
}

export declare class MetadataError extends Error {
  problems: string[];
}
export declare function componentFolders(packageDir: string): string[];
export declare function partsOf(packageDir: string, name: string): string[];
export declare function allComponentNames(): string[];
export declare function guidanceProblems(
  data: unknown,
  file: string,
  expected: { name: string; package: string; components: string[] },
): string[];
export declare function storiesOf(file: string): { title: string; stories: ComponentMetadata['stories'] };
export declare function buildMetadata(
  packageDir: string,
  options?: { only?: string[]; components?: string[] },
): PackageMetadata;
