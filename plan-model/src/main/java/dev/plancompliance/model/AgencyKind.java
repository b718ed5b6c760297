package dev.plancompliance.model;

/** What sort of body an agency is. */
public enum AgencyKind {
  PARTY_BODY,
  PEOPLES_COUNCIL,
  PEOPLES_COMMITTEE,
  DEPARTMENT,
  OFFICE,
  INSPECTORATE,
  POLICE,
  COURT,
  PROCURACY,
  PUBLIC_UNIT,
  MASS_ORGANISATION,
  PROFESSIONAL_BODY,
  OTHER
}
