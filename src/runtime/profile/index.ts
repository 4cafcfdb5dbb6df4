/** The release profiles by release name. */
import type { Release } from "../../scenario";
import type { ReleaseProfile } from "./types";
import { TORNADO_3_2 } from "./v3_2";
import { TORNADO_4_5 } from "./v4_5";
import { TORNADO_5_1 } from "./v5_1";
import { TORNADO_6_5 } from "./v6_5";

export type { ReleaseProfile } from "./types";

export const PROFILES: Readonly<Record<Release, ReleaseProfile>> = {
  "3.2": TORNADO_3_2,
  "4.5": TORNADO_4_5,
  "5.1": TORNADO_5_1,
  "6.5": TORNADO_6_5,
};
