/** The themes every story is shown and tested in; `auto` is left out because it resolves to one of these. */
export const storyThemes = ['light', 'dark', 'high-contrast'] as const;
export type StoryTheme = (typeof storyThemes)[number];
