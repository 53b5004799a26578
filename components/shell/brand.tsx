import Link from "next/link";
import { BrandMark, brandLinkClasses } from "./brand-mark";

/** The product name with CLICO's mark, linking home. Sits on the navy header. */
export function Brand() {
  return (
    <Link href="/" className={brandLinkClasses}>
      <BrandMark />
    </Link>
  );
}
