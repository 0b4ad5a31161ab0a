/** Beside the dates of work, certificates and titles, which the form also takes as a year and month. */
export const MONTH_HINT = '只记得年月可填 2018-03（按当月1日计算）';
