/**
 * The two astronomical quantities the Vietnamese lunar calendar is built from, as in Hồ Ngọc Đức's
 * "Âm lịch Việt Nam" rules (after Jean Meeus, *Astronomical Algorithms*, 1998): the day of each
 * new moon and the sun's ecliptic longitude, both taken in local time so the time zone decides
 * on which civil day a new moon or a solar term falls. That is what separates Vietnam (UTC+7)
 * from China (UTC+8) in years such as 2007 and 2030.
 */

const RAD = Math.PI / 180;

/** Mean synodic month in days. */
export const SYNODIC_MONTH = 29.530588853;

/** Julian date (UT) of the new moon of 1900-01-01, origin of the new-moon index `k`. */
export const NEW_MOON_EPOCH = 2415021.076998695;

/** Julian day number of the local civil day on which the k-th new moon after 1900-01-01 falls. */
export function newMoonDay(k: number, timeZone: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const meanPhase =
    2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const latitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitudeArg) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitudeArg + sunAnomaly) -
    0.0004 * Math.sin(2 * latitudeArg - sunAnomaly) -
    0.0006 * Math.sin(2 * latitudeArg + moonAnomaly) +
    0.001 * Math.sin(2 * latitudeArg - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // ΔT (TT − UT) in days: a polynomial fit, with a separate branch for the 19th century and earlier.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  const julianDate = meanPhase + correction - deltaT;
  return Math.floor(julianDate + 0.5 + timeZone / 24);
}

/**
 * Which 30° sector (0–11) of the ecliptic the sun is in at local midnight starting day `jdn`.
 * Sector boundaries are the major solar terms (trung khí); 0 begins at the March equinox, 9 at the
 * winter solstice.
 */
export function sunSector(jdn: number, timeZone: number): number {
  const t = (jdn - 2451545.5 - timeZone / 24) / 36525;
  const t2 = t * t;
  const meanAnomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.00029 * Math.sin(3 * meanAnomaly);
  let longitude = (meanLongitude + center) * RAD;
  longitude -= 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
  return Math.floor((longitude / Math.PI) * 6);
}
