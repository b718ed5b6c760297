package dev.plancompliance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.json.PlanDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DirectivesTest {
  private static final Directive NQ66 = Directives.standard().get("66-NQ/TW");

  /** Lines of seed 000 holding the headings of the seven groups of section II. */
  private static final int[] HUE_GROUP_LINES = {9, 15, 20, 27, 34, 40, 47};

  @Test
  void standard_finds66ByItsSymbolIgnoringCaseAndSpaces() {
    assertTrue(Directives.standard().find("66-nq/tw").isPresent());
    assertTrue(Directives.standard().find(" 66-NQ / TW").isPresent());
    assertEquals(DocumentKind.RESOLUTION, NQ66.ref().kind());
    assertEquals(LocalDate.of(2025, 4, 30), NQ66.ref().issuedOn().orElseThrow());
  }

  @Test
  void standard_66HasSevenGroupsTitledAsInSeed000() {
    assertEquals(7, NQ66.groups().size());
    for (int i = 0; i < 7; i++) {
      TaskGroupDefinition g = NQ66.groups().get(i);
      assertEquals(i + 1, g.number());
      assertEquals(Seeds.heading(HuePlan.FILE, HUE_GROUP_LINES[i]), g.titleVi(), "group " + (i + 1));
    }
  }

  /** The 001/003 wording of the groups 000 words differently, verbatim (003 L26, L39, L75, L84; 001 L125–129, L314, L336, L417–419 joined). */
  @ParameterizedTest(name = "group {0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2 | Đổi mới tư duy, định hướng xây dựng pháp luật theo hướng vừa bảo đảm yêu cầu quản lý nhà nước, vừa khuyến khích sáng tạo, giải phóng toàn bộ sức sản xuất, khơi thông mọi nguồn lực phát triển
      4 | Nâng cao hiệu quả công tác hợp tác quốc tế, pháp luật quốc tế
      5 | Xây dựng giải pháp đột phá nâng cao chất lượng nguồn nhân lực pháp luật
      7 | Thực hiện cơ chế tài chính đặc biệt cho công tác xây dựng và thi hành pháp luật
      """)
  void aliases_matchTheHaNoiAndHaTinhWordingOfExactlyTheirGroup(int number, String title) {
    List<Integer> matching = NQ66.groups().stream().filter(g -> g.matchesTitle(title)).map(TaskGroupDefinition::number).toList();
    assertEquals(List.of(number), matching);
    assertFalse(NQ66.group(number).orElseThrow().titleVi().equals(title), "000 words it differently");
  }

  @Test
  void matchesTitle_foldsCaseSpacingAndTonePlacement() {
    TaskGroupDefinition seven = NQ66.group(7).orElseThrow();
    assertTrue(seven.matchesTitle("ƯU TIÊN ĐẦU TƯ CHO CÔNG TÁC XÂY DỰNG VÀ THI HÀNH PHÁP LUẬT"));
    assertTrue(seven.matchesTitle("Thực hiện cơ chế tài chính đặc biệt cho công tác xây dựng\nvà thi hành pháp luật"));
    assertFalse(seven.matchesTitle("Ưu tiên đầu tư"));
  }

  @Test
  void standard_06CtTuHasTenGroupsNumberedInOrder() {
    Directive ct06 = Directives.standard().get("06-CT/TU");
    assertEquals(DocumentKind.DIRECTIVE, ct06.ref().kind());
    assertEquals(IntStream.rangeClosed(1, 10).boxed().toList(), ct06.groups().stream().map(TaskGroupDefinition::number).toList());
  }

  @Test
  void spendingFloorOf66_isHalfAPercentFromJuly2025BindingTheNationalBudget() {
    List<SpendingFloor> floors = NQ66.spendingFloors();
    assertEquals(1, floors.size());
    SpendingFloor floor = floors.get(0);
    assertEquals(0, floor.rate().compareTo(new BigDecimal("0.005")));
    assertEquals(LocalDate.of(2025, 7, 1), floor.effectiveFrom());
    assertEquals(BudgetLevel.NATIONAL, floor.budgetLevel());
    assertTrue(floor.rising());
    assertFalse(floor.inForceOn(LocalDate.of(2025, 6, 30)));
    assertTrue(floor.inForceOn(LocalDate.of(2025, 7, 1)));
  }

  @Test
  void unknownSymbol_isEmptyOrAnErrorNamingTheCatalogue() {
    assertTrue(Directives.standard().find("99-NQ/TW").isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Directives.standard().get("99-NQ/TW"));
    assertTrue(e.getMessage().contains("66-NQ/TW"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"66-NQ-TW.json", "06-CT-TU.json"})
  void directiveResources_areCanonicalDocuments(String name) throws IOException {
    String text;
    try (InputStream in = Directives.class.getResourceAsStream(Directives.RESOURCE_DIR + name)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Directive d = PlanDocuments.readDirective(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    assertEquals(text, PlanDocuments.writeDirective(d));
  }
}
