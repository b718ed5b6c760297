package dev.plancompliance.model.text;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.AgencyKind;
import dev.plancompliance.model.Text;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bodies a document names, each once (names compared with case, spacing and tone placement folded), with
 * an id made from the name, a kind read from its head word and the collective mark for designations of many
 * bodies ("các sở, ban, ngành", "UBND cấp xã"). Splits a printed list of bodies into names.
 */
final class AgencyRegistry {
  /** Words a body's name starts with: a list is split only where the next piece starts with one. */
  private static final List<String> HEADS = Unit.keys("sở", "ban", "văn phòng", "ubnd", "ủy ban", "hđnd", "hội đồng", "công an", "thanh tra",
      "tòa án", "viện", "cục", "chi cục", "bộ", "đài", "báo", "trường", "trung tâm", "mặt trận", "đoàn", "hội", "liên đoàn", "các",
      "cơ quan", "đơn vị", "một số", "tỉnh ủy", "thành ủy", "đảng ủy", "kho bạc", "bảo hiểm", "ngân hàng", "bộ chỉ huy", "phòng",
      "những", "tổ chức", "doanh nghiệp", "chủ tịch", "giám đốc", "thủ trưởng", "người đứng đầu");
  /** A piece that is only a bare head ("các cơ quan") joins the next: "các cơ quan, đơn vị liên quan" is one designation. */
  private static final Set<String> BARE = new HashSet<>(Unit.keys("cơ quan", "sở", "ban", "ngành", "đơn vị", "tổ chức", "địa phương", "ubnd",
      "đoàn thể"));
  private static final List<String> COLLECTIVE = Unit.keys("các ", "những ", "một số ", "cấp xã", "cấp huyện", "cấp tỉnh", "liên quan", "địa phương", ",");

  // folded once: Text.key is the costly part of reading a name
  private static final String COMMITTEE = Text.key("ủy ban nhân dân");
  private static final String COUNCIL = Text.key("hội đồng nhân dân");
  private static final String COURT = Text.key("tòa án");
  private static final String PROCURACY = Text.key("viện kiểm sát");
  private static final String PROVINCE_PARTY = Text.key("tỉnh ủy");
  private static final String CITY_PARTY = Text.key("thành ủy");
  private static final String PARTY_COMMITTEE = Text.key("đảng ủy");
  private static final String STANDING_BOARD = Text.key("ban thường vụ");
  private static final String FRONT = Text.key("mặt trận");
  private static final String UNION = Text.key("đoàn");
  private static final String ASSOCIATION = Text.key("hội");
  private static final String FEDERATION = Text.key("liên đoàn");
  private static final String PUBLIC_SERVICE = Text.key("sự nghiệp");
  private static final String CENTRE = Text.key("trung tâm");
  private static final String SCHOOL = Text.key("trường");
  private static final String STATION = Text.key("đài");

  private final Map<String, Agency> byName = new LinkedHashMap<>();
  private final Set<String> ids = new HashSet<>();

  /** The ids of the bodies {@code printed} names, registering new ones, in the order printed. */
  List<String> idsOf(String printed) {
    List<String> out = new ArrayList<>();
    for (String name : split(printed)) {
      String id = register(name);
      if (!out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** The id of the body named {@code name}, registering it when new. */
  String register(String name) {
    String key = nameKey(name);
    Agency known = byName.get(key);
    if (known != null) {
      return known.id();
    }
    String id = uniqueId(slug(name));
    Agency a = Agency.builder().id(id).nameVi(name).kind(kindOf(Text.key(name))).collective(COLLECTIVE.stream().anyMatch(key::contains)).build();
    byName.put(key, a);
    return id;
  }

  /** Whether the body with {@code id} is a collective designation. */
  boolean isCollective(String id) {
    return byName.values().stream().anyMatch(a -> a.id().equals(id) && a.collective());
  }

  /** The name folded, with "Ủy ban nhân dân" as "ubnd" and "Hội đồng nhân dân" as "hđnd", so that both spellings are one body. */
  static String nameKey(String name) {
    return Text.key(name).replace(COMMITTEE, "ubnd").replace(COUNCIL, "hđnd");
  }

  List<Agency> agencies() {
    return List.copyOf(byName.values());
  }

  /** Where a printed body's name gives way to what it is asked to do ("Sở Tư pháp tham mưu xây dựng …"). */
  private static final java.util.regex.Pattern NAME_ENDS = java.util.regex.Pattern.compile(
      "\\s*(?:\\(|\\s(?:tham mưu|theo chức năng|thực hiện|triển khai|chủ trì|phối hợp|có trách nhiệm|căn cứ|xây dựng|trong phạm vi|đầu mối|là cơ quan|theo dõi|hướng dẫn|đôn đốc|kiểm tra|rà soát|bảo đảm|nghiên cứu|chỉ đạo|tiến hành)(?=[\\s,.;]|$)).*");

  static List<String> split(String printed) {
    // what a body is asked, in parentheses, is no name: "Sở Tư pháp (tham mưu …); các sở …" names two bodies
    String s = printed.strip().replaceAll("\\s+", " ").replaceAll("\\([^)]*\\)?", "");
    List<String> names = new ArrayList<>();
    for (String whole : s.split("\\s*;\\s*")) {
      String part = NAME_ENDS.matcher(whole).replaceFirst("").replaceAll("[.;,:]+$", "").strip();
      List<String> pieces = new ArrayList<>();
      for (String piece : part.split("\\s*,\\s*|\\s+và\\s+")) {
        String p = piece.strip();
        if (p.isEmpty()) {
          continue;
        }
        String key = Text.key(p);
        String last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
        boolean startsBody = HEADS.stream().anyMatch(h -> key.equals(h) || key.startsWith(h + " "));
        if (last != null && (!startsBody || BARE.contains(Text.key(last).replaceFirst("^các ", "")))) {
          pieces.set(pieces.size() - 1, last + separator(part, last, p) + p);
        } else {
          pieces.add(p);
        }
      }
      // a piece is never blank: pieces are stripped and non-empty, and the leading word goes only with the space after it
      pieces.stream().map(n -> n.replaceFirst("^(?iu)(và|cùng)\\s+", "")).forEach(names::add);
    }
    return names;
  }

  /** How {@code next} followed {@code last} in {@code part}: ", " or " và ". */
  private static String separator(String part, String last, String next) {
    int at = part.indexOf(last) + last.length();
    int nextAt = part.indexOf(next, at);
    return nextAt > at && part.substring(at, nextAt).contains(",") ? ", " : " và ";
  }

  private static AgencyKind kindOf(String key) {
    String k = key.replaceFirst("^(các|những|một số) ", "");
    if (k.startsWith("sở") || k.startsWith("cơ quan chuyên môn")) {
      return AgencyKind.DEPARTMENT;
    }
    if (k.startsWith("ubnd") || k.startsWith(COMMITTEE) || k.startsWith("chủ tịch")) {
      return AgencyKind.PEOPLES_COMMITTEE;
    }
    if (k.startsWith("hđnd") || k.startsWith(COUNCIL)) {
      return AgencyKind.PEOPLES_COUNCIL;
    }
    if (k.startsWith("văn phòng")) {
      return AgencyKind.OFFICE;
    }
    if (k.startsWith("thanh tra")) {
      return AgencyKind.INSPECTORATE;
    }
    if (k.startsWith("công an")) {
      return AgencyKind.POLICE;
    }
    if (k.startsWith(COURT)) {
      return AgencyKind.COURT;
    }
    if (k.startsWith(PROCURACY)) {
      return AgencyKind.PROCURACY;
    }
    if (k.contains(PROVINCE_PARTY) || k.contains(CITY_PARTY) || k.contains(PARTY_COMMITTEE) || k.startsWith(STANDING_BOARD)) {
      return AgencyKind.PARTY_BODY;
    }
    if (k.contains(FRONT) || k.startsWith(UNION) || k.startsWith(ASSOCIATION) || k.startsWith(FEDERATION)) {
      return AgencyKind.MASS_ORGANISATION;
    }
    if (k.contains(PUBLIC_SERVICE) || k.startsWith(CENTRE) || k.startsWith(SCHOOL) || k.startsWith(STATION)) {
      return AgencyKind.PUBLIC_UNIT;
    }
    return AgencyKind.OTHER;
  }

  /** "Ủy ban nhân dân tỉnh" → "ubnd-tinh"; "Sở Tư pháp" → "so-tu-phap". */
  static String slug(String name) {
    String key = nameKey(name);
    String ascii = Normalizer.normalize(key.replace('đ', 'd'), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (slug.length() > 60) {
      int cut = slug.lastIndexOf('-', 60);
      slug = slug.substring(0, cut > 0 ? cut : 60);
    }
    return slug.isEmpty() ? "co-quan" : slug;
  }

  private String uniqueId(String base) {
    String id = base;
    for (int i = 2; !ids.add(id); i++) {
      id = base + "-" + i;
    }
    return id;
  }

}
