export const START_MARKER: string;
export const END_MARKER: string;
export function renderReference(actionYml: string): string;
export function updateReadme(readme: string, actionYml: string): string;
