import { defineAction } from "../auth/authorized";
import { ratingScaleSchema } from "./rating.schema";
import { saveRatingScale } from "./save-rating-scale";

export const saveRatingScaleAction = defineAction({
  name: "settings.ratings",
  permission: "settings:manage",
  schema: ratingScaleSchema,
  handler: (user, data) => saveRatingScale({ user, ratings: data.ratings }),
  browser: (ratings) => ({ count: ratings.length }),
  revalidate: [["/", "layout"]],
});
