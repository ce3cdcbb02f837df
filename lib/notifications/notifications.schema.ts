import { z } from "zod";

/** One notification, or every unread one when `notificationId` is omitted. */
export const markReadSchema = z.object({ notificationId: z.uuid().optional() });
