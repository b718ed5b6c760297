package dev.plancompliance.model.testkit;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.AgencyKind;
import dev.plancompliance.model.Directive;
import dev.plancompliance.model.PlanLevel;
import dev.plancompliance.model.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The words generated plans are made of, all taken from the seed plans: agencies with
 * their real Vietnamese names (ids ASCII), task titles by group, outputs, localities and document symbols.
 */
final class Pool {
  private Pool() {}

  private static Agency agency(String id, String nameVi, String nameEn, AgencyKind kind, boolean collective) {
    return Agency.builder().id(id).nameVi(nameVi).nameEn(nameEn).kind(kind).collective(collective).build();
  }

  /** Named departments (sở) that provinces and centrally-run cities both have. */
  private static final List<Agency> DEPARTMENTS = List.of(
      agency("so-tu-phap", "Sở Tư pháp", "Department of Justice", AgencyKind.DEPARTMENT, false),
      agency("so-noi-vu", "Sở Nội vụ", "Department of Home Affairs", AgencyKind.DEPARTMENT, false),
      agency("so-tai-chinh", "Sở Tài chính", "Department of Finance", AgencyKind.DEPARTMENT, false),
      agency("so-khoa-hoc-va-cong-nghe", "Sở Khoa học và Công nghệ", "Department of Science and Technology", AgencyKind.DEPARTMENT, false),
      agency("so-ngoai-vu", "Sở Ngoại vụ", "Department of Foreign Affairs", AgencyKind.DEPARTMENT, false),
      agency("so-thong-tin-va-truyen-thong", "Sở Thông tin và Truyền thông", "Department of Information and Communications", AgencyKind.DEPARTMENT, false));

  /** Named bodies of a province (Hà Tĩnh 003, Bắc Giang 002), the departments first. */
  static final List<Agency> PROVINCE_NAMED = concat(DEPARTMENTS, List.of(
      agency("van-phong-ubnd-tinh", "Văn phòng UBND tỉnh", "Office of the Provincial People's Committee", AgencyKind.OFFICE, false),
      agency("cong-an-tinh", "Công an tỉnh", "Provincial Police", AgencyKind.POLICE, false),
      agency("thanh-tra-tinh", "Thanh tra tỉnh", "Provincial Inspectorate", AgencyKind.INSPECTORATE, false),
      agency("hoi-dong-phoi-hop-pbgdpl-tinh", "Hội đồng phối hợp PBGDPL tỉnh",
          "Provincial Council for Coordinating Legal Dissemination and Education", AgencyKind.OTHER, false)));

  /** Collective designations of a province. */
  static final List<Agency> PROVINCE_COLLECTIVE = List.of(
      agency("so-ban-nganh-cap-tinh", "Các sở, ban, ngành cấp tỉnh", "Provincial departments, boards and sectors", AgencyKind.DEPARTMENT, true),
      agency("ubnd-cap-xa", "UBND cấp xã", "Commune-level People's Committees", AgencyKind.PEOPLES_COMMITTEE, true),
      agency("co-quan-chuyen-mon-thuoc-ubnd-tinh", "Các sở, cơ quan chuyên môn thuộc UBND tỉnh",
          "Departments and specialised agencies under the Provincial People's Committee", AgencyKind.DEPARTMENT, true),
      agency("to-chuc-dai-dien-doanh-nghiep", "Các tổ chức đại diện cho doanh nghiệp", "Business representative organisations", AgencyKind.OTHER, true),
      agency("co-quan-don-vi-lien-quan", "các cơ quan, đơn vị, địa phương có liên quan", "Relevant agencies, units and localities", AgencyKind.OTHER, true));

  /** Named bodies of a centrally-run city (Huế 000, Hà Nội 001), the departments first. */
  static final List<Agency> CITY_NAMED = concat(DEPARTMENTS, List.of(
      agency("ban-tuyen-giao-va-dan-van-thanh-uy", "Ban Tuyên giáo và Dân vận Thành uỷ",
          "City Party Committee's Commission for Propaganda, Education and Mass Mobilisation", AgencyKind.PARTY_BODY, false)));

  /** Collective designations of a centrally-run city. */
  static final List<Agency> CITY_COLLECTIVE = List.of(
      agency("so-ban-nganh-thanh-pho", "các sở, ban, ngành Thành phố", "City departments, boards and sectors", AgencyKind.DEPARTMENT, true),
      agency("ubnd-cap-xa", "UBND các xã, phường", "Commune and ward People's Committees", AgencyKind.PEOPLES_COMMITTEE, true),
      agency("co-quan-chuyen-mon-thuoc-ubnd", "Các cơ quan chuyên môn thuộc UBND thành phố",
          "Specialised agencies under the city People's Committee", AgencyKind.DEPARTMENT, true),
      agency("don-vi-su-nghiep-cong-lap-thuoc-ubnd", "Các đơn vị sự nghiệp công lập thuộc UBND thành phố",
          "Public service units under the city People's Committee", AgencyKind.PUBLIC_UNIT, true),
      agency("mttq-cac-cap", "Mặt trận Tổ quốc Việt Nam các cấp, tổ chức xã hội, tổ chức xã hội - nghề nghiệp",
          "Vietnam Fatherland Front at all levels, social and socio-professional organisations", AgencyKind.MASS_ORGANISATION, true),
      agency("co-quan-don-vi-lien-quan", "các cơ quan, đơn vị liên quan", "Relevant agencies and units", AgencyKind.OTHER, true));

  /**
   * Ids of real bodies that no generated registry ever holds: a plan that names one of
   * them names an agency its registry lacks (ACC-005).
   */
  static final List<String> UNREGISTERED = List.of("thuong-truc-hdnd-tinh", "chu-tich-ubnd-tinh", "ban-can-su-dang-ubnd-tinh", "hdnd-tinh");

  /** The issuing body of a plan of each level. */
  static Agency issuer(PlanLevel level) {
    return switch (level) {
      case PROVINCE -> agency("ubnd-tinh", "Ủy ban nhân dân tỉnh", "Provincial People's Committee", AgencyKind.PEOPLES_COMMITTEE, false);
      case CITY -> agency("ubnd-thanh-pho", "Ủy ban nhân dân thành phố", "City People's Committee", AgencyKind.PEOPLES_COMMITTEE, false);
      case COMMUNE -> agency("ubnd-xa", "Ủy ban nhân dân xã", "Commune People's Committee", AgencyKind.PEOPLES_COMMITTEE, false);
      case CENTRAL -> agency("chinh-phu", "Chính phủ", "Government", AgencyKind.OTHER, false);
      case MINISTRY -> agency("bo-tu-phap", "Bộ Tư pháp", "Ministry of Justice", AgencyKind.OTHER, false);
      case DEPARTMENT -> DEPARTMENTS.get(0);
      case PUBLIC_UNIT -> PROVINCE_NAMED.get(PROVINCE_NAMED.size() - 1);
    };
  }

  static List<Agency> named(PlanLevel level) {
    return level == PlanLevel.CITY ? CITY_NAMED : PROVINCE_NAMED;
  }

  static List<Agency> collective(PlanLevel level) {
    return level == PlanLevel.CITY ? CITY_COLLECTIVE : PROVINCE_COLLECTIVE;
  }

  /** Every agency of every pool, issuers included, once per id and name. */
  static final List<Agency> ALL_AGENCIES = Stream.of(
          Stream.of(PlanLevel.values()).map(Pool::issuer), PROVINCE_NAMED.stream(), CITY_NAMED.stream(),
          PROVINCE_COLLECTIVE.stream(), CITY_COLLECTIVE.stream())
      .flatMap(s -> s)
      .distinct()
      .toList();

  static String locality(PlanLevel level, int pick) {
    List<String> names = switch (level) {
      case CITY -> List.of("Hà Nội", "Huế");
      case PROVINCE, COMMUNE, DEPARTMENT, PUBLIC_UNIT -> List.of("Hà Tĩnh", "Bắc Giang");
      case CENTRAL, MINISTRY -> List.of();
    };
    return names.isEmpty() ? null : names.get(Math.floorMod(pick, names.size()));
  }

  /** Role labels as plans print them, by the role the library's table reads in them. */
  private static final java.util.Map<Role, List<String>> LABELS = java.util.Map.of(
      Role.LEAD, List.of("Chủ trì", "Cơ quan chủ trì", "Đơn vị chủ trì thực hiện", "Chủ trì tham mưu thực hiện", "Cơ quan chủ trì:"),
      Role.COORDINATOR, List.of("Phối hợp", "Cơ quan phối hợp", "Đơn vị phối hợp thực hiện"),
      Role.IMPLEMENTER, List.of("Đơn vị thực hiện", "Cơ quan thực hiện", "Cơ quan, đơn vị thực hiện"));

  /** A label the role table reads as no role. */
  static final String UNREAD_LABEL = "Cơ quan tham mưu";

  static String label(Role role, int pick) {
    List<String> labels = LABELS.get(role);
    return labels.get(pick % labels.size());
  }

  /** Outputs (cột "Kết quả") of the Hà Tĩnh appendix, verbatim. */
  static final List<String> OUTPUTS = List.of(
      "Kế hoạch", "Văn bản", "Báo cáo", "Văn bản triển khai", "Văn bản, Báo cáo", "Quyết định",
      "Văn bản góp ý có chất lượng; hội thảo, hội nghị lấy ý kiến", "Hội thảo", "Hội nghị, bài viết, chương trình truyền hình",
      "Báo cáo rà soát", "Nghị quyết", "Văn bản để tháo gỡ khó khăn, vướng mắc", "Các văn bản đề xuất, kiến nghị",
      "Kế hoạch của UBND tỉnh", "Nghị quyết/ Quyết định", "Đề án", "Cuộc thi, Hội thi", "Thông báo/ báo cáo kết quả kiểm tra",
      "Các phản ánh, kiến nghị được giải quyết", "Các cuộc làm việc", "Lớp tập huấn", "Tài liệu/sổ tay/bài giảng điện tử",
      "Danh mục văn bản", "Dữ liệu trên Cổng pháp luật quốc gia");

  /** Plan symbols and kinds as the seeds print them (drafts leave the number blank). */
  static final List<String> PLAN_SYMBOLS = List.of("444/KH-UBND", "/KH-UBND", "/CTr-UBND", "125/KH-UBND");

  static final String HA_NOI_FLOOR_BASIS = "Chương trình hành động của UBND thành phố Hà Nội thực hiện Nghị quyết số 66-NQ/TW, mục II.7.d: "
      + "“Bảo đảm chi cho công tác xây dựng pháp luật của Thành phố không thấp hơn 0,5% tổng chi ngân sách hằng năm và tăng dần theo yêu cầu phát triển”";
  static final String RES_197_BASIS = "Nghị quyết số 197/2025/QH15 của Quốc hội, Điều 4 khoản 1";

  /** Seed task titles by directive symbol and group number. */
  private static final Map<String, List<String>> TITLES = loadTitles();

  /** A seed title of the group ({@code pick} chooses one), or the group's own title when the seeds have none. */
  static String title(Directive directive, int group, int pick) {
    List<String> titles = TITLES.getOrDefault(directive.symbol() + "#" + group, List.of());
    if (!titles.isEmpty()) {
      return titles.get(Math.floorMod(pick, titles.size()));
    }
    return directive.group(group).map(g -> g.titleVi()).orElse("Tổ chức thực hiện");
  }

  /** A seed title by symbol and number, for groups no directive of the catalogue has. */
  static String title(String symbol, int group, int pick) {
    List<String> titles = TITLES.getOrDefault(symbol + "#" + group, TITLES.get("66-NQ/TW#3"));
    return titles.get(Math.floorMod(pick, titles.size()));
  }

  private static Map<String, List<String>> loadTitles() {
    Map<String, List<String>> titles = new LinkedHashMap<>();
    try (InputStream in = Pool.class.getResourceAsStream("seed-tasks.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/plancompliance/model/testkit/seed-tasks.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        titles.computeIfAbsent(cells[0] + "#" + cells[1], k -> new ArrayList<>()).add(cells[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return titles;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
