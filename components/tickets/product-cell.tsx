const NONE = "—";

/** A ticket's product over its contract number, for the ticket lists. */
export function ProductCell({
  product,
  contract,
}: {
  product: string | null;
  contract: string | null;
}) {
  return (
    <span className="text-slate-700">
      {product ? (
        <span className="block">{product}</span>
      ) : (
        <span className="text-slate-500">{NONE}</span>
      )}
      {contract ? <span className="text-xs text-slate-500">{contract}</span> : null}
    </span>
  );
}
