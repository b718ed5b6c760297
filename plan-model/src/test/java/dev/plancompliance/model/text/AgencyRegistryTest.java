package dev.plancompliance.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.AgencyKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bodies an imported plan names: the kind each printed name reads as, which names are designations of many
 * bodies, how a printed list splits into names and the ids the names get. The names are as plans print them.
 */
class AgencyRegistryTest {

  private static Agency registered(String name) {
    AgencyRegistry registry = new AgencyRegistry();
    String id = registry.register(name);
    Agency agency = registry.agencies().get(0);
    assertEquals(id, agency.id());
    assertEquals(name, agency.nameVi(), "the name is kept as printed");
    return agency;
  }

  @ParameterizedTest(name = "{0} is a {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Sở Tư pháp                                     | DEPARTMENT
      Các sở, ban, ngành                             | DEPARTMENT
      Một số sở, ngành                               | DEPARTMENT
      Cơ quan chuyên môn thuộc UBND tỉnh             | DEPARTMENT
      UBND các xã, phường                            | PEOPLES_COMMITTEE
      Ủy ban nhân dân tỉnh                           | PEOPLES_COMMITTEE
      Uỷ ban nhân dân thành phố                      | PEOPLES_COMMITTEE
      Chủ tịch UBND cấp xã                           | PEOPLES_COMMITTEE
      HĐND tỉnh                                      | PEOPLES_COUNCIL
      Hội đồng nhân dân các cấp                      | PEOPLES_COUNCIL
      Văn phòng UBND tỉnh                            | OFFICE
      Thanh tra tỉnh                                 | INSPECTORATE
      Công an tỉnh                                   | POLICE
      Tòa án nhân dân tỉnh                           | COURT
      Toà án nhân dân thành phố                      | COURT
      Viện kiểm sát nhân dân tỉnh                    | PROCURACY
      Tỉnh ủy                                        | PARTY_BODY
      Ban Tuyên giáo và Dân vận Thành ủy             | PARTY_BODY
      Đảng ủy xã                                     | PARTY_BODY
      Ban Thường vụ Huyện ủy                         | PARTY_BODY
      Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh          | MASS_ORGANISATION
      Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh      | MASS_ORGANISATION
      Hội Liên hiệp Phụ nữ tỉnh                      | MASS_ORGANISATION
      Liên đoàn Lao động tỉnh                        | MASS_ORGANISATION
      Các đơn vị sự nghiệp công lập                  | PUBLIC_UNIT
      Trung tâm Trợ giúp pháp lý nhà nước            | PUBLIC_UNIT
      Trường Chính trị tỉnh                          | PUBLIC_UNIT
      Đài Phát thanh và Truyền hình tỉnh             | PUBLIC_UNIT
      Báo Hà Tĩnh                                    | OTHER
      Cục Thuế tỉnh                                  | OTHER
      Kho bạc Nhà nước khu vực                       | OTHER
      """)
  void aBodysKind_isReadFromTheHeadOfItsName(String name, AgencyKind kind) {
    assertEquals(kind, registered(name).kind());
  }

  @ParameterizedTest(name = "{0}: collective {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Sở Tư pháp                          | false
      UBND tỉnh                           | false
      UBND cấp xã                         | true
      Các sở, ban, ngành                  | true
      Những cơ quan được giao nhiệm vụ    | true
      Các cơ quan, đơn vị liên quan       | true
      UBND các địa phương                 | true
      """)
  void designationsOfManyBodies_areCollective(String name, boolean collective) {
    AgencyRegistry registry = new AgencyRegistry();
    String id = registry.register(name);
    assertEquals(collective, registry.agencies().get(0).collective());
    assertEquals(collective, registry.isCollective(id));
  }

  @Test
  void aListSplits_whereTheNextPieceStartsABody_andNowhereInsideOneName() {
    assertEquals(List.of("Sở Tư pháp", "Văn phòng UBND tỉnh", "các cơ quan, đơn vị liên quan"),
        AgencyRegistry.split("Sở Tư pháp, Văn phòng UBND tỉnh và các cơ quan, đơn vị liên quan"));
    assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch", "Sở Kế hoạch và Đầu tư"),
        AgencyRegistry.split("Sở Văn hóa, Thể thao và Du lịch, Sở Kế hoạch và Đầu tư"), "the separators inside a name are kept");
    assertEquals(List.of("Sở Tư pháp", "Công an"), AgencyRegistry.split("Sở Tư pháp, Công an"), "a piece that is only a head word is a body");
    assertEquals(List.of("Sở Nội vụ", "UBND cấp xã"), AgencyRegistry.split("Sở Nội vụ; cùng UBND cấp xã."));
    assertEquals(List.of("SỞ TƯ PHÁP", "SỞ NỘI VỤ"), AgencyRegistry.split("SỞ TƯ PHÁP; VÀ SỞ NỘI VỤ"), "the leading word in upper case too");
    assertEquals(List.of("Sở Tư pháp", "Sở Nội vụ"), AgencyRegistry.split("Sở Tư pháp (tham mưu, tổng hợp); Sở Nội vụ chủ trì, phối hợp"),
        "what a body is asked to do is no part of its name");
  }

  @Test
  void aNameIsRegisteredOnce_whateverItsSpelling_andTheOrderPrintedIsKept() {
    AgencyRegistry registry = new AgencyRegistry();
    assertEquals(List.of("ubnd-tinh", "so-tu-phap"), registry.idsOf("Ủy ban nhân dân tỉnh, Sở Tư pháp và UBND tỉnh"));
    assertEquals(List.of("so-tu-phap", "ubnd-tinh"), registry.idsOf("Sở Tư  Pháp; Uỷ ban nhân dân Tỉnh"));
    assertEquals(2, registry.agencies().size());
    assertFalse(registry.isCollective("so-tu-phap"));
    assertFalse(registry.isCollective("no-such-body"));
  }

  @Test
  void distinctNamesWithOneSlug_getNumberedIds() {
    AgencyRegistry registry = new AgencyRegistry();
    assertEquals("ban-dan-toc", registry.register("Ban Dân tộc"));
    assertEquals("ban-dan-toc-2", registry.register("Ban dân tốc"));
    assertEquals("ban-dan-toc-3", registry.register("Bạn dân tộc"));
    assertEquals("ban-dan-toc", registry.register("ban  dân tộc"), "the first name again");
  }

  @Test
  void slugs_areAsciiWords_cutAtAWordWithin60Characters_andNeverEmpty() {
    assertEquals("so-van-hoa-the-thao-va-du-lich", AgencyRegistry.slug("Sở Văn hóa, Thể thao và Du lịch"));
    assertEquals("ubnd-tinh", AgencyRegistry.slug("Ủy ban nhân dân tỉnh"));
    assertEquals("hdnd-xa", AgencyRegistry.slug("Hội đồng nhân dân xã"));
    String sixty = "a".repeat(29) + " " + "b".repeat(30);
    assertEquals(60, AgencyRegistry.slug(sixty).length(), "a slug of 60 characters is whole");
    assertEquals("a".repeat(29), AgencyRegistry.slug(sixty + "c"), "a longer one is cut at the last word that fits");
    assertEquals("x".repeat(60), AgencyRegistry.slug("x".repeat(70)), "one long word is cut at 60");
    assertEquals("co-quan", AgencyRegistry.slug("(…)"));
    assertEquals("co-quan", AgencyRegistry.slug("—"));
  }
}
