/**
 * Props for a Taro Button that is busy. Taro's H5 button renders a `disabled` attribute
 * even for `disabled={false}`, which greys it out, so the prop is only passed when true.
 */
export function whenBusy(busy: boolean): { disabled?: true } {
  return busy ? { disabled: true } : {};
}
