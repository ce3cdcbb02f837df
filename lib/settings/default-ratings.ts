// The default rating scale; admins can relabel and revalue it. value: 1 = worst.
export const DEFAULT_RATINGS = [
  {
    label: "True",
    value: 5,
    position: 1,
    description: "The claim is accurate and nothing significant is missing.",
  },
  {
    label: "Mostly true",
    value: 4,
    position: 2,
    description: "Accurate but needs clarification or context.",
  },
  {
    label: "Half true",
    value: 3,
    position: 3,
    description: "Partially accurate; leaves out important details.",
  },
  {
    label: "Mostly false",
    value: 2,
    position: 4,
    description: "Contains an element of truth but ignores critical facts.",
  },
  { label: "False", value: 1, position: 5, description: "The claim is not accurate." },
  {
    label: "Unverifiable",
    value: null,
    position: 6,
    description: "The available evidence does not allow a rating.",
  },
] as const;
