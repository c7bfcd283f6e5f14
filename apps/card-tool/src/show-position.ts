// Tabs and line breaks would shift the caret; one column per character keeps it under its place.
const oneColumn = (text: string) => text.replace(/[\t\r\n\v\f]/g, ' ');

/** The text and, on the line below, a caret under the character at `position` (a UTF-16 index). */
export function showPosition(text: string, position: number): [string, string] {
  const column = [...text.slice(0, position)].length;
  return [oneColumn(text), `${' '.repeat(column)}^`];
}
