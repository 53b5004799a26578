"use client";

/** Uploads files to a ticket with progress (XMLHttpRequest: fetch has no upload progress). */
export function uploadFiles(
  ticketId: string,
  files: File[],
  onProgress: (percent: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const body = new FormData();
    for (const file of files) body.append("file", file, file.name);
    const request = new XMLHttpRequest();
    request.open("POST", `/api/tickets/${ticketId}/attachments`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve();
      let message = `Upload failed (${request.status}).`;
      try {
        message = (JSON.parse(request.responseText) as { error?: string }).error ?? message;
      } catch {
        // keep the generic message
      }
      reject(new Error(message));
    };
    request.onerror = () =>
      reject(new Error("The upload was interrupted. Attach the files again on the ticket page."));
    request.send(body);
  });
}
