"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/components/forms/form-state";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { useDraft } from "@/components/forms/use-draft";
import {
  dropHighlight,
  MessageFilesField,
  useMessageFiles,
} from "@/components/tickets/message-files";
import { FormMessage } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { TextareaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

const replySchema = () => import("@/lib/tickets/schemas").then((m) => m.replySchema);

export function ReplyForm({
  action,
  reopens,
  ticketId,
  maxBytes,
}: {
  action: FormAction<{ messageId: string }>;
  reopens: boolean;
  ticketId: string;
  /** The server's per-file limit, from attachmentLimitBytes(). */
  maxBytes: number;
}) {
  const t = useTranslations("portal.ticket.replyForm");
  const files = useMessageFiles(maxBytes);
  const { formProps, formError, isPending, field, values, reset } = useCheckedForm({
    schema: replySchema,
    action,
    defaultValues: { body: "" },
    onSuccess: ({ messageId }, form) => {
      form.reset({ body: "" });
      void files.attach(ticketId, messageId);
    },
  });
  // kept in the browser until sent: the session may end before it is
  useDraft(values.body, (body) => reset({ body }));
  return (
    <form
      {...formProps}
      {...files.dropTarget}
      className={cn("flex flex-col gap-3 rounded-md", dropHighlight(files.isDragging))}
    >
      <FormMessage message={formError} />
      <TextareaField
        label={t("label")}
        rows={6}
        required
        hint={reopens ? t("hintReopens") : t("hint")}
        onPaste={files.onPaste}
        {...field("body")}
      />
      <MessageFilesField state={files} maxBytes={maxBytes} label={t("attachFiles")} />
      <SubmitButton pending={isPending || files.isUploading} className="self-start">
        {t("send")}
      </SubmitButton>
    </form>
  );
}
