/** The bank the review pages serve when none is named, and the most reviews a learner may ask for in a day. */
export const DEFAULT_EXAM_ID = "saa-c03";
export const MAX_DAILY_LIMIT = 200;
