// GET /api/docs/scalar.js — Scalar's standalone bundle, from node_modules (no CDN).
import { scalarBundle } from "@/lib/api/docs-page";

export const dynamic = "force-dynamic";

export const GET = scalarBundle;
