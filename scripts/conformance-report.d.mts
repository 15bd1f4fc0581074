export interface Criterion {
  id: string;
  name: string;
  level: 'A' | 'AA';
  notApplicable?: string;
  manual?: string;
}
export interface ListedTest {
  name: string;
  file: string;
  projectName: string;
}
export interface ComponentInput {
  name: string;
  package: string;
  manualChecks: string[];
}
export type Conformance = 'Supports' | 'Needs review' | 'Not applicable' | 'Not evaluated';
export interface ReportCriterion {
  id: string;
  name: string;
  level: 'A' | 'AA';
  conformance: Conformance;
  remarks: string;
  axeRules: string[];
  tests: { name: string; file: string; component: string | null }[];
  manualChecks: { component: string | null; check: string }[];
}
export interface ConformanceReport {
  $comment: string;
  standard: string;
  levels: string[];
  axe: { version: string; tags: string[]; themes: string[] };
  criteria: ReportCriterion[];
  components: {
    name: string;
    package: string;
    stories: number;
    themes: string[];
    tests: { name: string; criteria: string[] }[];
    manualChecks: { check: string; criteria: string[] }[];
  }[];
}
export declare const reportPath: string;
export declare const regenerateCommand: string;
export declare function criteriaIn(text: string): string[];
export declare function buildReport(input: {
  criteria: Criterion[];
  axeRules: { ruleId: string; tags: string[] }[];
  axeVersion: string;
  tests: ListedTest[];
  components: ComponentInput[];
}): ConformanceReport;
export declare function generate(): ConformanceReport;
export declare function reportText(report: ConformanceReport): string;
/** Why the committed report cannot stand, or undefined when it matches the tests. */
export declare function staleReport(committed: string | undefined, report: ConformanceReport): string | undefined;
