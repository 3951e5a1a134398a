#pragma once
// What a service call may require of its actor. Each service checks the permission it needs
// through Actor::require(), so a refused call is refused from the GUI and the CLI alike.

namespace jinglao::core {

enum class Permission {
    ViewRecords,           // see lists, details and reports (every role)
    ViewPersonalData,      // see ID numbers, addresses and phone numbers unmasked
    ViewEmergencyContacts, // call a resident's family: the emergency phone in full (audited when
                           // the role does not also have ViewPersonalData)
    ManageResidents,       // admit, edit, transfer, discharge
    ManageBeds,            // rooms and beds
    WriteAssessments,      // ability assessments
    ManageStaff,           // staff records
    ManageRoster,          // shift templates and rosters
    WriteShiftLogs,        // shift handovers, notes and incidents
    WriteHomeVisits,       // family care bed home visits
    ManageFamilyBeds,      // family care bed contracts
    WriteReferrals,        // medical referrals
    ManageUsers,           // accounts and roles
    ManageSettings,        // center settings
    ViewAudit,             // the audit log
    ExportCountyPackage,   // the county package carries personal data in full
    ImportCountyPackage,
    Backup,
    Restore, // replace the database with a backup
};

} // namespace jinglao::core
