package dev.plancompliance.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.SetReport;
import dev.plancompliance.rules.ValidationReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The text report a person reads in a terminal, whole: {@link MixedOutcomes} (run-time errors, undecided rules,
 * rules that do not apply, findings by severity with what was found and where) in English, in Vietnamese with the
 * reasons, in both; a notice; a plan set's summary and sections in both languages.
 */
class ReportTextTest {
  private static PlanValidator validator;
  private static ValidationReport notice;
  private static SetReport set;

  @BeforeAll
  static void validate() throws IOException {
    validator = PlanValidator.builder().withStandardRules().build();
    notice = validator.validate(MixedOutcomes.NOTICE, LocalDate.of(2026, 1, 15));
    PlanSet plans = PlanDocuments.readSet(MixedOutcomes.ruleCase(MixedOutcomes.COMMUNE_SET));
    set = validator.validate(plans, LocalDate.of(2025, 12, 31));
  }

  @Test
  void inEnglish_theReasonsOfRulesThatDoNotApplyAreLeftToVerbose() {
    assertEquals("""
        /KH-UBND — TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ VỀ ĐỔI MỚI CÔNG TÁC XÂY DỰ…
        as of 2025-12-31: 1 passed, 2 failed, 1 not applicable, 2 not evaluable; 2 errors, 1 warning, 0 info; INCOMPLETE — NOT COMPLIANT
          ! X-100 ("X-100 throws") failed: boom on II.4
          ! X-100 ("X-100 throws") failed: boom on II.5
          ? COV-003 not evaluable: the plan's level is unknown
          ? X-100 not evaluable: the rule failed
          - not applicable: BUD-001 (reasons: add --verbose)
          ERROR (2)
            ACC-001 [II.1] Task II.1 names no lead agency
                at tasks[II.1].leads; basis (norm): NQ 66, mục ACC-001
            ACC-001 [II.2] Task II.2 names no lead agency
                at tasks[II.2].leads (hue.txt line 41); basis (norm): NQ 66, mục ACC-001
          WARNING (1)
            DL-002 [II.3] Task II.3 & <its> deadline is vague
                actual: Thường xuyên; expected: a date
                at tasks[II.3].deadline (000_3d0f801100aabd15.txt line 20); basis (norm): NQ 66, mục DL-002
        """, MixedOutcomes.REPORT.toText(List.of(Language.EN), false));
  }

  @Test
  void inVietnamese_verbose_givesEachReason() {
    assertEquals("""
        /KH-UBND — TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ VỀ ĐỔI MỚI CÔNG TÁC XÂY DỰ…
        tính đến 2025-12-31: 1 đạt, 2 không đạt, 1 không áp dụng, 2 không đánh giá được; 2 lỗi, 1 cảnh báo, 0 thông tin; CHƯA ĐẦY ĐỦ — KHÔNG ĐẠT
          ! X-100 ("X-100 throws") bị lỗi khi chạy: boom on II.4
          ! X-100 ("X-100 throws") bị lỗi khi chạy: boom on II.5
          ? COV-003 không đánh giá được: không rõ cấp
          ? X-100 không đánh giá được: lỗi
          - BUD-001 không áp dụng: không ràng buộc ngân sách
          LỖI (2)
            ACC-001 [II.1] vi: Task II.1 names no lead agency
                tại tasks[II.1].leads; căn cứ (văn bản quy phạm): NQ 66, mục ACC-001
            ACC-001 [II.2] vi: Task II.2 names no lead agency
                tại tasks[II.2].leads (hue.txt dòng 41); căn cứ (văn bản quy phạm): NQ 66, mục ACC-001
          CẢNH BÁO (1)
            DL-002 [II.3] vi: Task II.3 & <its> deadline is vague
                thực tế: Thường xuyên; yêu cầu: a date
                tại tasks[II.3].deadline (000_3d0f801100aabd15.txt dòng 20); căn cứ (văn bản quy phạm): NQ 66, mục DL-002
        """, MixedOutcomes.REPORT.toText(List.of(Language.VI), true));
  }

  @Test
  void inBothLanguages_labelsAreEnglish_andEachTextIsGivenInBoth() {
    assertEquals("""
        /KH-UBND — TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ VỀ ĐỔI MỚI CÔNG TÁC XÂY DỰ…
        as of 2025-12-31: 1 passed, 2 failed, 1 not applicable, 2 not evaluable; 2 errors, 1 warning, 0 info; INCOMPLETE — KHÔNG ĐẠT / NOT COMPLIANT
          ! X-100 ("X-100 throws") failed: boom on II.4
          ! X-100 ("X-100 throws") failed: boom on II.5
          ? COV-003 not evaluable: không rõ cấp / the plan's level is unknown
          ? X-100 not evaluable: lỗi / the rule failed
          - BUD-001 not applicable: không ràng buộc ngân sách / the plan binds no budget
          ERROR (2)
            ACC-001 [II.1] vi: Task II.1 names no lead agency / Task II.1 names no lead agency
                at tasks[II.1].leads; basis (norm): NQ 66, mục ACC-001
            ACC-001 [II.2] vi: Task II.2 names no lead agency / Task II.2 names no lead agency
                at tasks[II.2].leads (hue.txt line 41); basis (norm): NQ 66, mục ACC-001
          WARNING (1)
            DL-002 [II.3] vi: Task II.3 & <its> deadline is vague / Task II.3 & <its> deadline is vague
                actual: Thường xuyên; expected: a date
                at tasks[II.3].deadline (000_3d0f801100aabd15.txt line 20); basis (norm): NQ 66, mục DL-002
        """, MixedOutcomes.REPORT.toText(List.of(Language.VI, Language.EN), true));
  }

  @Test
  void aNotice_saysWhyNoRuleJudgedIt() {
    assertEquals("""
        12/TB-UBND — TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ VỀ ĐỔI MỚI CÔNG TÁC XÂY DỰ…
        as of 2026-01-15: 0 passed, 0 failed, 26 not applicable, 0 not evaluable; 0 errors, 0 warnings, 0 info — KHÔNG PHẢI KẾ HOẠCH / NOT A PLAN
          = không phải kế hoạch: Thông báo. Các quy tắc chỉ đánh giá kế hoạch và chương trình hành động / not a plan: Thông báo. The plan rules judge only plans (Kế hoạch) and action programmes (Chương trình hành động)
        """, notice.toText(List.of(Language.VI, Language.EN), false));
  }

  @Test
  void aSet_opensWithItsSummary_thenTheCrossPlanRules_theParent_andEachChild() {
    String vi = set.toText(List.of(Language.VI), false);
    assertTrue(vi.startsWith("""
        Bộ kế hoạch: /CTr-UBND — Thực hiện Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị về đ…
          và 1 kế hoạch triển khai kế hoạch này, tính đến 2025-12-31: 0/2 kế hoạch đạt khi xét riêng; cả bộ KHÔNG ĐẠT

        == quy tắc liên kế hoạch (DL-004, HIE-001, HIE-002)
        tính đến 2025-12-31: 1 đạt, 2 không đạt, 0 không áp dụng, 0 không đánh giá được; 1 lỗi, 1 cảnh báo, 0 thông tin — KHÔNG ĐẠT
          LỖI (1)
        """), vi);
    String en = set.toText(List.of(Language.EN), false);
    assertTrue(en.startsWith("""
        Plan set: /CTr-UBND — Thực hiện Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị về đ…
          and 1 plan that implements it, as of 2025-12-31: 0 of 2 plans compliant on their own; set NOT COMPLIANT

        == cross-plan rules (DL-004, HIE-001, HIE-002)
        as of 2025-12-31: 1 passed, 2 failed, 0 not applicable, 0 not evaluable; 1 error, 1 warning, 0 info — NOT COMPLIANT
          ERROR (1)
        """), en);
    int parent = en.indexOf("\n== parent: /CTr-UBND — ");
    int child = en.indexOf("\n== child: 01/KH-UBND — ");
    assertTrue(parent > 0 && child > parent, en);
    assertEquals(en.substring(parent + "\n== parent: ".length(), child), set.parent().toText(List.of(Language.EN), false));
    assertEquals(en.substring(child + "\n== child: ".length()), set.children().get(0).toText(List.of(Language.EN), false));
  }
}
