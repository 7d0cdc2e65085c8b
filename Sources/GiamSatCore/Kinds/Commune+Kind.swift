extension Entity {
    public static let commune = Entity(declaring: "commune")
}

extension Commune {
    /// The commune itself: one record, whose settings, localities' changes and former units are audited under it.
    /// It is the bundle's `commune` object, not a list, so it has no record type (`setCommune`, `saveFormerUnit`).
    /// A former unit is part of it: written under `commune.formerUnits`, audited as the field `formerUnits`.
    static let kind = RecordKind(
        entity: .commune, singular: KindText.communeNames.0, plural: KindText.communeNames.1, bundleKey: "commune", table: "commune",
        auditLabels: ["name": KindText.name, "province": KindText.province, "district": KindText.formerDistrict,
                      AuditEntry.formerUnitField: KindText.formerUnit,
                      "settings.staffName": KindText.staffName, "settings.dueDays": KindText.dueDays,
                      "settings.language": KindText.language, "settings.inputMethod": KindText.inputMethod,
                      "settings.holidays": KindText.holidays, "settings.duplicateDays": KindText.duplicateDays],
        record: nil)
}
