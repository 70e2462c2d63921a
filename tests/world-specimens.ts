/**
 * World-script specimens (issue 12): one per script the cards draw, as clubs write them. Shared by the golden
 * images (tests/render/scripts.test.ts) and the contact sheet (scripts/contact-sheet.tsx).
 */
export const WORLD_SPECIMENS: ReadonlyArray<{ id: string; label: string; text: string; note: string; locale?: string }> = [
  { id: 'arabic', label: 'Arabic', text: '⚽️ هدف! سالم الدوسري يسجل الهدف الثاني للهلال في الدقيقة 67 🔥\nالهلال 2-1 النصر #الهلال_النصر', note: 'joined, right to left, numbers left to right', locale: 'ar' },
  { id: 'arabic-marks', label: 'Arabic marks', text: 'شكراً لكم دائماً يا جماهير الهلال', note: 'tanween above the alef (satori patch)' },
  { id: 'arabic-mixed', label: 'Arabic + Latin', text: 'المباراة الساعة 20:00 بين Al Ahly 3-0 Zamalek (2-1) #AlHilal', note: '20:00 and team names as written, brackets mirrored' },
  { id: 'persian', label: 'Persian', text: 'پرسپولیس ۳ - ۱ استقلال 🔴 دربی تهران با گل‌های دیدنی به پایان رسید', note: 'Persian digits, ZWNJ' },
  { id: 'urdu', label: 'Urdu', text: 'پاکستان سپر لیگ: لاہور قلندرز نے میچ جیت لیا', note: 'Naskh (Noto Sans Arabic)' },
  { id: 'hebrew', label: 'Hebrew', text: 'סיום המשחק: Maccabi Haifa 1-1 Hapoel Tel Aviv 🟢\nניצחון ל־2-0 בשבת', note: 'a score after the maqaf keeps its digits' },
  { id: 'japanese', label: 'Japanese', text: '本日19:00キックオフ！ホーム国立競技場で皆さんをお待ちしています。（当日券の販売はありません） #FC東京', note: 'JP face, kinsoku', locale: 'ja' },
  { id: 'korean', label: 'Korean', text: '⚽ 경기 종료! 울산 HD 3-1 전북 현대 모터스 💙 #울산HD #K리그1', note: 'KR face', locale: 'ko' },
  { id: 'chinese-simplified', label: 'Chinese (Simplified)', text: '全场结束！北京国安 2-0 上海申花，感谢球迷的支持！#中超', note: 'SC face', locale: 'zh-Hans' },
  { id: 'chinese-traditional', label: 'Chinese (Traditional)', text: '全場完場！傑志 3-1 東方龍獅 💪 感謝各位球迷到場支持，我們下週六主場再見！#港超聯', note: 'TC face', locale: 'zh-Hant' },
  { id: 'thai', label: 'Thai', text: 'นัดต่อไป: Bangkok United พบ Port FC วันเสาร์นี้เวลา19.00น.ที่สนามธรรมศาสตร์รังสิต ซื้อบัตรได้แล้ววันนี้ 🎟️', note: 'breaks between words (Intl.Segmenter)', locale: 'th' },
  { id: 'lao-khmer-myanmar', label: 'Lao · Khmer · Myanmar', text: 'ນັດຕໍ່ໄປວັນເສົາ · ការប្រកួតបាល់ទាត់ថ្ងៃសៅរ៍ · ဘောလုံးပွဲစဉ်စနေနေ့', note: 'word breaks as Thai' },
  { id: 'devanagari', label: 'Hindi', text: 'प्रशंसकों का हार्दिक धन्यवाद! 🙏 स्टेडियम में 60,000 से ज़्यादा दर्शक थे। अगला मुक़ाबला शनिवार को शाम 7:30 बजे', note: 'conjuncts, reph, nukta', locale: 'hi' },
  { id: 'bengali', label: 'Bengali', text: 'মোহনবাগান ২-১ ইস্টবেঙ্গল! সমর্থকদের আন্তরিক ধন্যবাদ', note: 'conjuncts, Bengali digits' },
  { id: 'georgian-armenian-ethiopic', label: 'Georgian · Armenian · Amharic', text: 'გოლი! დინამო თბილისი 2:0 · Գոլ! Արարատ-Արմենիա · ጎል! ቅዱስ ጊዮርጊስ 2:0', note: 'Noto Sans Georgian, Armenian, Ethiopic' },
  { id: 'styled-rtl', label: 'Styled + Arabic', text: 'مبروك لـ 𝗪𝗬𝗗𝗔𝗗 𝗔𝗖 بطل أفريقيا #Wydad', note: 'styled run in right-to-left text' },
];
