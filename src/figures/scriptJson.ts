/**
 * JSON that is safe inside an HTML `<script>` element: `<`, `>`, `&` and the JS line separators
 * are written as \u escapes, so data can never close the script or open a comment.
 * @example scriptJson({ a: '</script>' }) // '{"a":"\\u003c/script\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
