"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The answer that replaces a submitted form ("Check your inbox"): a status that takes focus
 * when it appears, since the form and its focused button are gone.
 */
export function FocusedStatus({
  className,
  children,
}: {
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} role="status" tabIndex={-1} className={className}>
      {children}
    </div>
  );
}
