import GiamSatCore
import TerminalUI

/// The plan's lead time (issue 21): issued less than `plan-lead-days` (15) before the supervision starts, the form
/// says so beside the issue date; it still saves (Front handbook practice, not a rule of law the app enforces).
/// The team decision has no date of its own in the model, so only the plan's issue date is checked.
extension PlanFormSpec {
    func warnings(_ values: FormValues, _ env: ScreenEnv) -> [String: Localized] {
        let lead = env.settings.clocks.planLeadDays
        guard let short = PlanLeadTime.shortBy(issued: values.date(ID.issued), start: values.date(ID.start), leadDays: lead) else { return [:] }
        return [ID.issued: T.planLeadShort(short: short, lead: lead)]
    }
}
