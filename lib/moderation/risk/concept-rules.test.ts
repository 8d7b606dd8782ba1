import { describe, expect, it } from "vitest";
import { scoreVacancy, type RiskInput } from "./score-vacancy";
import { riskThresholds, shippedRules } from "./shipped-rules";

// Sentences written for these tests (not from the labelled set): the same red flags worded as people write
// them, in Russian, Kyrgyz and Kazakh, and honest wording about the same topics.
const [rules, thresholds] = [shippedRules, riskThresholds];
const score = (description: string, extra: Partial<RiskInput> = {}) =>
  scoreVacancy({ title: "Рабочий", description, contacts: { phone: "+7 700 000 00 02" }, ...extra }, rules, thresholds);
const categories = (description: string, extra: Partial<RiskInput> = {}) =>
  score(description, extra).reasons.map((reason) => reason.category);

describe("concept rules find paraphrased red flags by word forms", () => {
  it.each([
    ["Удостоверения личности работников лежат в сейфе у директора до окончания сезона.", "DOCUMENT_RETENTION"],
    ["Паспортуңузду иш берүүчү сактайт, келишим бүткөндө кайтарабыз.", "DOCUMENT_RETENTION"],
    ["Төлқұжаттарыңыз кадр бөлімінде сақталады.", "DOCUMENT_RETENTION"],
    ["Мобильные телефоны сотрудники сдают старшему смены и получают обратно вечером.", "ILO_ISOLATION"],
    ["Заработанные деньги выдадим целиком после завершения сезона.", "ILO_WAGES"],
    ["Стоимость билета до Алматы потом отработаете.", "ILO_DEBT"],
    ["Жол кирасы биринчи айлыктан кармалат.", "ILO_DEBT"],
    ["Перед началом работы вы проходите платный курс, 9 000 тенге.", "FEE"],
    ["Жұмысқа шықпас бұрын оқу курсының ақысын өзіңіз төлейсіз.", "FEE"],
    ["В посёлок ездим только вместе с бригадиром, по воскресеньям.", "ILO_MOVEMENT"],
    ["Если бросите работу раньше срока, придётся платить штраф.", "ILO_THREATS"],
    ["Кто нарушит распорядок, того передадим в полицию.", "ILO_THREATS"],
    ["Тәртіп бұзғандарды көші-қон қызметіне тапсырамыз.", "ILO_THREATS"],
    ["Сезондон мурда качып кетсеңиз, таап келебиз.", "ILO_THREATS"],
    // "без" negates the word after it only: the loss of the month's pay stands
    ["Кто уйдёт без разрешения, теряет заработанное за месяц.", "ILO_THREATS"],
    // A negative verb the lexicon spells out is meant as written: "not paid" to whoever leaves
    ["Кетемін деген адамның ақшасы берілмейді.", "ILO_THREATS"],
    ["Агенттік қызметі — 25 000 теңге, сұхбатқа келгенде төлейсіз.", "FEE"],
    ["Демалыс айына бір-екі күн, клиент көп болса одан да аз.", "ILO_OVERTIME"],
    ["Жатын орын — бір бөлме, онда 10–12 адам тұрады.", "ILO_CONDITIONS"],
    ["Келген күнү паспортуңузду хозяйкага бересиз, ал бизде турат.", "DOCUMENT_RETENTION"],
    ["Первый месяц испытательный: работаете наравне со всеми, но этот месяц не оплачивается.", "ILO_WAGES"],
    ["Как урожай уйдёт перекупщику, так со всеми и рассчитаемся разом.", "ILO_WAGES"],
  ])("%s → %s", (text, category) => {
    const result = score(text);
    const reason = result.reasons.find((r) => r.category === category);
    expect(reason, JSON.stringify(result.reasons)).toBeDefined();
    // The moderator sees the very words: offsets point into the description.
    expect(text.slice(reason!.start, reason!.end)).toBe(reason!.excerpt);
    expect(result.level).toBe("HIGH");
  });
});

describe("nearby negation and honest wording cancel a match", () => {
  it.each([
    "Паспорт мы не забираем: он всегда при вас.",
    "Из зарплаты ничего не вычитаем, жильё бесплатное.",
    "Штрафов за увольнение нет, уйти можно в любой момент.",
    "Паспорт нужен только показать при подписании договора.",
    "Паспортуңуз алынбайт, өзүңүздө калат.",
    "Жумушчулардан эч кандай күрөө талап кылынбайт.",
    "Кепіл ақы алмаймыз, оқу тегін.",
    "Ұялы телефоныңыз әрқашан өзіңізде.",
    "Обучение за счёт работодателя, форма выдаётся бесплатно.",
    "Выход из общежития свободный, в город можно ездить в любое время.",
    "Форма выдаётся, 250 000 тенге в месяц, оплата только наличными 5 000 тг в день.",
    "Стажировка оплачивается: 6 000 тенге за смену.",
    "Айлык кечиктирүүсүз, айына эки жолу берилет, күрөөсүз.",
    "Жалақы кешіктірусіз төленеді, депозитсіз.",
    "Работа в городе только в дневную смену, выходные суббота и воскресенье.",
    "Шаарга чейин 10 мүнөт гана, автобус күн сайын.",
    "Ответим сегодня же, решение о приёме сообщаем сразу после собеседования.",
    "Билеты туда и обратно оплачивает компания, из зарплаты ничего не удерживается.",
    "Бизде эч кандай төлөм, күрөө суралбайт.",
    "Мы никогда не передадим данные работников в полицию без их согласия.",
    "Иногородним даём место в общежитии, платит хозяин павильона.",
    "Проезд до хозяйства оплачиваем мы и из зарплаты его не удерживаем.",
    "Выходные суббота и воскресенье, зарплата раз в месяц на карту.",
    "Официальное оформление, взносы в Соцфонд.",
    "Күзетші куәлігі болмаса, оқуын компания өз есебінен ұйымдастырады.",
  ])("%s", (text) => {
    const result = score(text);
    expect(result.reasons, JSON.stringify(result.reasons)).toEqual([]);
  });
});

describe("words that only look like a negation do not cancel a match", () => {
  it.each([
    // Russian words shaped like a Turkic negative verb ("-мой", "-мей"): not negations
    [
      "Паспорта работников хранятся у директора вместе с трудовыми книжками, выдаём их домой только по окончании.",
      "DOCUMENT_RETENTION",
    ],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe("one indicator is not read as another", () => {
  it("a deposit refunded after three months is a fee, not withheld pay", () => {
    expect(categories("Жұмысқа кіру үшін кепіл ақы 15 000 теңге төлейсіз, ол үш айдан кейін қайтарылады.")).toEqual([
      "FEE",
    ]);
  });
});

describe("messenger-only contact read from the text", () => {
  it.each([
    "Резюме присылайте только в Telegram, звонки не принимаем.",
    "Телеграмга гана жазыңыз, чалууларга жооп бербейбиз.",
    "Тек WhatsApp арқылы жазыңыз, қоңырау шалмаңыз.",
  ])("counts even with a phone number given: %s", (text) => {
    expect(categories(text)).toContain("MESSENGER_ONLY");
  });

  it("a messenger as the only contact field is no flag when the text invites calls", () => {
    const contacts = { whatsapp: "+996 700 000 003" };
    expect(categories("Пишите в WhatsApp или звоните по этому же номеру.", { contacts })).not.toContain(
      "MESSENGER_ONLY",
    );
    expect(categories("Пишите в WhatsApp.", { contacts })).toContain("MESSENGER_ONLY");
  });
});

describe("concept rules as data", () => {
  it("a RiskRule row with a concept rule's id switches it off", () => {
    const text = "Удостоверения личности работников лежат в сейфе у директора.";
    const off = [
      ...rules,
      { id: "concept-documents-kept", category: "DOCUMENT_RETENTION", weight: 60, enabled: false },
    ];
    expect(scoreVacancy({ title: "", description: text, contacts: {} }, off, thresholds).reasons).toEqual([]);
  });

  it("reads a long working day from a time range", () => {
    expect(categories("Работаем с 6:00 до 22:00, обед полчаса.")).toContain("ILO_OVERTIME");
    expect(categories("Смена с 8:00 до 20:00, график 2/2.")).not.toContain("ILO_OVERTIME");
    expect(categories("Трудимся с 6 утра до 10 вечера.")).toContain("ILO_OVERTIME");
    expect(categories("Иш таңкы 5тен түнкү 1ге чейин.")).toContain("ILO_OVERTIME");
    expect(categories("Работаем с 9 до 6 вечера.")).not.toContain("ILO_OVERTIME");
  });

  it("does not blow up on hostile text (the bench measures the real times)", () => {
    const hostile = "паспорт не хранится у нас телефон ".repeat(3_000);
    score(hostile.slice(0, 1_000)); // warm up
    const start = performance.now();
    score(hostile);
    // A quadratic step would take seconds on 100 000 characters; this leaves room for a loaded test machine.
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
