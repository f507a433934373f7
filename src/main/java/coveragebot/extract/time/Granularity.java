package coveragebot.extract.time;

/** How precise a normalised date is; kept so that "October" never becomes "1 October". */
public enum Granularity {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  HALF,
  YEAR,
  INTERVAL
}
