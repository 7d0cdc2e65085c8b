import ArgumentParser

struct GiamSat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "giamsat-tui",
        abstract: "Theo dõi giám sát cán bộ, đảng viên theo Quy định 124-QĐ/TW — supervision case tracker for commune Fatherland Front offices.",
        discussion: """
            Không có lệnh con: mở giao diện bàn phím. Dữ liệu ở --data DIR, hoặc $GIAMSAT_DATA, \
            hoặc $XDG_DATA_HOME/giamsat, hoặc ~/.local/share/giamsat.
            With no subcommand: opens the keyboard interface. Data lives in --data DIR, else $GIAMSAT_DATA, \
            else $XDG_DATA_HOME/giamsat, else ~/.local/share/giamsat.

            Người ghi nhật ký thay đổi / audit name: $GIAMSAT_USER, else the name given to `init --staff`, else the login name.
            Mỗi ngày, lần mở đầu tiên sao lưu vào DIR/backups/auto-NGÀY.sqlite (giữ 7 ngày và 4 tuần gần nhất).
            Every day, the first start backs up to DIR/backups/auto-DATE.sqlite (the last 7 days and 4 weeks are kept).
            Các tệp ứng dụng ghi ra chỉ người dùng đọc được (0600) / files the app writes are readable by their owner only (0600).

            Thoát / exit: 0 ok, 1 lỗi / error, 2 sai cú pháp / usage.
            Phiên bản / version \(Version.current) (giamsat-tui --version).
            """,
        version: Version.current,
        subcommands: [OpenCommand.self, InitCommand.self, ImportCommand.self, ExportCommand.self, ListCommand.self,
                      TallyCommand.self, DocCommand.self, RegisterCommand.self, MergeCommuneCommand.self, CheckCommand.self, BackupCommand.self, RestoreCommand.self, ProtectCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}
