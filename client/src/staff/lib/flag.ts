/**
 * A boolean prop for a Taro button: `true`, or absent. In the H5 build React 18 writes
 * props of custom elements (taro-button-core) as attributes, so `disabled={false}`
 * would still leave a `disabled="false"` attribute that styles the button as disabled.
 */
export function flag(value: boolean): true | undefined {
  return value ? true : undefined;
}
