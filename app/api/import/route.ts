import { actionRoute } from "@/lib/auth/action-route";
import { ActionError } from "@/lib/auth/errors";
import { importUploadAction } from "@/lib/import/import.actions";
import { ArticleAlreadyImportedError } from "@/lib/import/import-article";
import { importUpload, type ImportEvent } from "@/lib/import/import-upload";
import { readImportForm } from "@/lib/import/read-import-form";

export const dynamic = "force-dynamic";

/**
 * POST /api/import (multipart: the form fields and `file`) — answers NDJSON progress events
 * (decoding, detecting, saving, done | error) so the page can show where a large file is.
 * Bad metadata is refused up front with a JSON error, like every other route.
 */
export const POST = actionRoute(importUploadAction, {
  // The proxy does not see this route (it would buffer and cut the upload), so the Origin check is here.
  sameOrigin: true,
  read: readImportForm,
  run: async (user, input) => {
    const encoder = new TextEncoder();
    let listening = true;
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = async (event: ImportEvent) => {
          // A browser that went away does not stop the import: it finishes and can be opened later.
          if (listening) {
            try {
              controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
            } catch {
              listening = false;
            }
          }
          // Let the event go out before detection holds the thread.
          await new Promise((resolve) => setImmediate(resolve));
        };
        try {
          await importUpload({ user, input, onProgress: send });
        } catch (err) {
          if (!(err instanceof ActionError)) console.error("import failed", err);
          await send(
            err instanceof ActionError
              ? {
                  stage: "error",
                  code: err.code,
                  error: err.message,
                  fieldErrors: err.fieldErrors,
                  ...(err instanceof ArticleAlreadyImportedError
                    ? { articleId: err.articleId }
                    : {}),
                }
              : {
                  stage: "error",
                  code: "INTERNAL",
                  error:
                    "The import failed unexpectedly; nothing was saved. Try again or tell an administrator.",
                },
          );
        }
        if (listening) {
          try {
            controller.close();
          } catch {
            // the reader cancelled meanwhile
          }
        }
      },
      cancel() {
        listening = false;
      },
    });
    return new Response(body, {
      headers: {
        "Content-Type": "application/x-ndjson; charset=utf-8",
        "Cache-Control": "no-store",
      },
    });
  },
});
