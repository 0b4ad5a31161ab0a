/**
 * Props for a Taro Button that is busy: disabled, and with `loading` its spinner shown too.
 * In the H5 build React 18 writes props of custom elements (taro-button-core) as attributes,
 * so `disabled={false}` would still leave a `disabled="false"` attribute that greys the
 * button out: each prop is only passed when true.
 */
export function whenBusy(busy: boolean, loading = false): { disabled?: true; loading?: true } {
  const props: { disabled?: true; loading?: true } = {};
  if (busy) props.disabled = true;
  if (loading) props.loading = true;
  return props;
}
