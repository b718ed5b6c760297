package dev.plancompliance.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The Huế plan of seed {@code 000_3d0f801100aabd15.txt}, built by hand with the model's builders.
 *
 * <p>Encoding decisions, so that a reader can check them against the seed:
 *
 * <ul>
 *   <li>The seed prints no symbol and no issue date. The model requires a symbol, so the ref uses
 *       {@code "/KH-UBND"}, the blank-number form Bắc Giang's draft prints (002 L5); {@code issuedOn} is
 *       absent. The title is the heading of L2.
 *   <li>Tasks II.1–II.7 are the seven items of section II; each title is its heading, verbatim.
 *   <li>"Các cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc UBND thành phố" is two collective bodies
 *       (ENCODING.md §6: {@code co-quan-chuyen-mon-thuoc-ubnd} + {@code don-vi-su-nghiep-cong-lap-thuoc-ubnd}).
 *   <li>"các cơ quan liên quan" (L55) and "cơ quan, đơn vị liên quan" (L50) are the seeds'
 *       {@code co-quan-don-vi-lien-quan}.
 *   <li>II.1 and II.2 name no lead ("Chủ trì tham mưu thực hiện"); II.6 names two and no implementers.
 *   <li>The three "định kỳ" duties of section III (L58, L63, L64) state no frequency: recurring with
 *       period UNSPECIFIED.
 *   <li>No parent plan is set: the plan cites 294-KH/TU and 23-KH/ĐU side by side, both in
 *       {@code implementsRefs}. The seed gives no budget figures.
 * </ul>
 */
public final class HuePlan {
  public static final String FILE = "000_3d0f801100aabd15.txt";

  public static final String UBND = "ubnd-thanh-pho";
  public static final String CO_QUAN_CHUYEN_MON = "co-quan-chuyen-mon-thuoc-ubnd";
  public static final String DON_VI_SU_NGHIEP = "don-vi-su-nghiep-cong-lap-thuoc-ubnd";
  public static final String UBND_XA = "ubnd-cap-xa";
  public static final String LIEN_QUAN = "co-quan-don-vi-lien-quan";
  public static final String TU_PHAP = "so-tu-phap";
  public static final String NGOAI_VU = "so-ngoai-vu";
  public static final String NOI_VU = "so-noi-vu";
  public static final String TAI_CHINH = "so-tai-chinh";
  public static final String KHCN = "so-khoa-hoc-va-cong-nghe";

  private static final List<String> ALL_UNITS = List.of(CO_QUAN_CHUYEN_MON, DON_VI_SU_NGHIEP, UBND_XA, LIEN_QUAN);
  private static final Deadline THUONG_XUYEN = new Deadline.Continuous("Thường xuyên");
  private static final Deadline TU_NAM_2025 = new Deadline.FromYearOnward("Năm 2025 và các năm tiếp theo", 2025);

  private static final Plan PLAN = build();

  private HuePlan() {}

  public static Plan plan() {
    return PLAN;
  }

  private static Plan build() {
    return Plan.builder()
        .ref(DocumentRef.builder()
            .symbol("/KH-UBND")
            .kind(DocumentKind.PLAN)
            .issuer("Ủy ban nhân dân thành phố")
            .title("TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ VỀ ĐỔI MỚI CÔNG TÁC"
                + " XÂY DỰNG VÀ THI HÀNH PHÁP LUẬT ĐÁP ỨNG YÊU CẦU PHÁT TRIỂN ĐẤT NƯỚC TRONG KỶ NGUYÊN MỚI TRÊN ĐỊA"
                + " BÀN THÀNH PHỐ HUẾ")
            .build())
        .issuer(UBND)
        .level(PlanLevel.CITY)
        .locality("Huế")
        .addImplementsRefs(
            DocumentRef.builder().symbol("66-NQ/TW").kind(DocumentKind.RESOLUTION).issuer("Bộ Chính trị")
                .issuedOn(LocalDate.of(2025, 4, 30)).build(),
            DocumentRef.builder().symbol("294-KH/TU").kind(DocumentKind.PLAN).issuer("Ban Thường vụ Thành ủy")
                .issuedOn(LocalDate.of(2025, 6, 27)).build(),
            DocumentRef.builder().symbol("23-KH/ĐU").kind(DocumentKind.PLAN)
                .issuer("Đảng ủy Ủy ban nhân dân thành phố").issuedOn(LocalDate.of(2025, 7, 7)).build())
        .scope(Scope.full())
        .addTasks(
            task("II.1", 1, 9, 14,
                "Bảo đảm sự lãnh đạo toàn diện, trực tiếp của Đảng trong công tác xây dựng pháp luật, phát huy cao độ"
                    + " tính Đảng trong xây dựng và thi hành pháp luật",
                ALL_UNITS, List.of(), List.of(), THUONG_XUYEN),
            task("II.2", 2, 15, 19,
                "Đổi mới tư duy, định hướng trong việc cụ thể hóa các chủ trương, đường lối của Đảng, pháp luật của Nhà"
                    + " nước theo hướng vừa bảo đảm yêu cầu quản lý nhà nước, vừa khuyến khích sáng tạo, giải phóng toàn"
                    + " bộ sức sản xuất, khơi thông mọi nguồn lực phát triển",
                ALL_UNITS, List.of(), List.of(), THUONG_XUYEN),
            task("II.3", 3, 20, 26,
                "Tạo đột phá trong công tác thi hành pháp luật, bảo đảm pháp luật được thực hiện công bằng, nghiêm minh,"
                    + " nhất quán, kịp thời, hiệu lực và hiệu quả; gắn kết chặt chẽ giữa xây dựng và thi hành pháp luật",
                ALL_UNITS, List.of(TU_PHAP), List.of(), TU_NAM_2025),
            task("II.4", 4, 27, 33,
                "Nâng cao hiệu quả công tác hợp tác quốc tế về pháp luật và tư pháp",
                ALL_UNITS, List.of(NGOAI_VU), List.of(TU_PHAP), TU_NAM_2025),
            task("II.5", 5, 34, 39,
                "Xây dựng các giải pháp đột phá nâng cao chất lượng nguồn nhân lực pháp luật",
                ALL_UNITS, List.of(NOI_VU), List.of(TU_PHAP), TU_NAM_2025),
            task("II.6", 6, 40, 46,
                "Tăng cường chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn trong công tác xây dựng và thi hành"
                    + " pháp luật",
                List.of(), List.of(TU_PHAP, KHCN), ALL_UNITS, TU_NAM_2025),
            task("II.7", 7, 47, 53,
                "Ưu tiên đầu tư cho công tác xây dựng và thi hành pháp luật",
                ALL_UNITS, List.of(TU_PHAP), List.of(TAI_CHINH, LIEN_QUAN), TU_NAM_2025))
        .addAgencies(
            agency(UBND, "Ủy ban nhân dân thành phố", "City People's Committee", AgencyKind.PEOPLES_COMMITTEE, false),
            agency(CO_QUAN_CHUYEN_MON, "Các cơ quan chuyên môn thuộc UBND thành phố",
                "Specialised agencies under the City People's Committee", AgencyKind.DEPARTMENT, true),
            agency(DON_VI_SU_NGHIEP, "Các đơn vị sự nghiệp công lập thuộc UBND thành phố",
                "Public service units under the City People's Committee", AgencyKind.PUBLIC_UNIT, true),
            agency(UBND_XA, "UBND các xã, phường", "Commune and ward People's Committees",
                AgencyKind.PEOPLES_COMMITTEE, true),
            agency(LIEN_QUAN, "các cơ quan, đơn vị liên quan", "Relevant agencies and units", AgencyKind.OTHER, true),
            agency(TU_PHAP, "Sở Tư pháp", "Department of Justice", AgencyKind.DEPARTMENT, false),
            agency(NGOAI_VU, "Sở Ngoại vụ", "Department of Foreign Affairs", AgencyKind.DEPARTMENT, false),
            agency(NOI_VU, "Sở Nội vụ", "Department of Home Affairs", AgencyKind.DEPARTMENT, false),
            agency(TAI_CHINH, "Sở Tài chính", "Department of Finance", AgencyKind.DEPARTMENT, false),
            agency(KHCN, "Sở Khoa học và Công nghệ", "Department of Science and Technology", AgencyKind.DEPARTMENT,
                false))
        .monitor(TU_PHAP)
        .childPlanDuty(ChildPlanDuty.builder()
            .addUnits(CO_QUAN_CHUYEN_MON, DON_VI_SU_NGHIEP, LIEN_QUAN, UBND_XA)
            .deadline(new Deadline.WithinMonth("hoàn thành trong tháng 9/2025", YearMonth.of(2025, 9)))
            .source(SourceRef.builder().file(FILE).line(56).lastLine(61).build())
            .build())
        .addReportingDuties(
            reporting(List.of(CO_QUAN_CHUYEN_MON, DON_VI_SU_NGHIEP, LIEN_QUAN),
                "Định kỳ sơ kết, tổng kết việc thực hiện", 58),
            reporting(List.of(UBND_XA), "định kỳ đánh giá, sơ kết, tổng kết việc thực hiện", 63),
            reporting(List.of(TU_PHAP), "định kỳ sơ kết, tổng kết báo cáo", 64))
        .sourceFile(FILE)
        .build();
  }

  private static Task task(String code, int group, int line, int lastLine, String title, List<String> implementers,
      List<String> leads, List<String> coordinators, Deadline deadline) {
    return Task.builder()
        .code(code)
        .title(title)
        .group(GroupRef.of("66-NQ/TW", group))
        .leads(leads)
        .coordinators(coordinators)
        .implementers(implementers)
        .deadline(deadline)
        .source(SourceRef.builder().file(FILE).line(line).lastLine(lastLine).build())
        .build();
  }

  private static Agency agency(String id, String nameVi, String nameEn, AgencyKind kind, boolean collective) {
    return Agency.builder().id(id).nameVi(nameVi).nameEn(nameEn).kind(kind).collective(collective).build();
  }

  private static ReportingDuty reporting(List<String> from, String phrase, int line) {
    return ReportingDuty.builder()
        .from(from)
        .to(UBND)
        .deadline(Deadline.Recurring.every(phrase, Deadline.Period.UNSPECIFIED))
        .source(SourceRef.of(FILE, line))
        .build();
  }
}
