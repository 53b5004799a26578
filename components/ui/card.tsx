import type { ElementType, ReactNode, Ref } from "react";
import { cn } from "./cn";

/** A white panel with a border; `as` picks the element (section, article, div…). */
export function Card({
  as: Tag = "div",
  className,
  children,
  ...rest
}: {
  as?: ElementType;
  className?: string;
  children: ReactNode;
  "aria-labelledby"?: string;
  id?: string;
  lang?: string;
  ref?: Ref<HTMLElement>;
}) {
  return (
    <Tag
      className={cn("rounded-lg border border-slate-200 bg-white shadow-sm", className)}
      {...rest}
    >
      {children}
    </Tag>
  );
}

/** A card's title row: heading at the given level, optional description and actions on the right. */
export function CardHeader({
  title,
  description,
  actions,
  level = 2,
  id,
  className,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  level?: 1 | 2 | 3;
  id?: string;
  className?: string;
}) {
  const Heading = `h${level}` as const;
  return (
    <div
      className={cn(
        "flex flex-wrap items-start justify-between gap-3 px-5 pt-5 sm:px-6 sm:pt-6",
        className,
      )}
    >
      <div className="flex min-w-0 flex-col gap-1">
        <Heading
          id={id}
          className={cn("font-semibold text-navy-900", level === 1 ? "text-2xl" : "text-lg")}
        >
          {title}
        </Heading>
        {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export function CardBody({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={cn("px-5 py-5 sm:px-6", className)}>{children}</div>;
}

export function CardFooter({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div
      className={cn(
        "rounded-b-lg border-t border-slate-200 bg-slate-50 px-5 py-4 text-sm sm:px-6",
        className,
      )}
    >
      {children}
    </div>
  );
}
