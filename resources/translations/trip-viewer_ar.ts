<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Banner</name>
    <message>
        <source>Still showing the last version that loaded; fix the file to update.</source>
        <translation>ما زالت آخر نسخة تم تحميلها معروضة؛ أصلِح الملف لتحديثها.</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <source>No caption</source>
        <translation>بلا تعليق</translation>
    </message>
    <message>
        <source>No credit</source>
        <translation>بلا مصدر</translation>
    </message>
    <message>
        <source>Image: {credit}</source>
        <translation>الصورة: {credit}</translation>
    </message>
    <message>
        <source>caption from {source}</source>
        <translation>التعليق من {source}</translation>
    </message>
    <message>
        <source>credit from {source}</source>
        <translation>المصدر من {source}</translation>
    </message>
    <message>
        <source>Go to {number}</source>
        <translation>الانتقال إلى {number}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>left out: {reason}</source>
        <translation>مستبعَدة: {reason}</translation>
    </message>
    <message>
        <source>its GPS ({gps}) is {km} km from where the route has it at its time ({route})</source>
        <translation>موقعها حسب GPS ‏({gps}) يبعد {km} كم عن موقعها على المسار في وقتها ({route})</translation>
    </message>
    <message>
        <source>no caption in the manifest or the photo</source>
        <translation>لا تعليق في ملف البيان ولا في الصورة</translation>
    </message>
    <message>
        <source>no credit in the manifest or the photo</source>
        <translation>لا مصدر في ملف البيان ولا في الصورة</translation>
    </message>
    <message>
        <source>the manifest says {manifest} but the photo&apos;s {source} says {photo}</source>
        <translation>ملف البيان يذكر {manifest} لكن {source} في الصورة يذكر {photo}</translation>
    </message>
    <message>
        <source>{time} falls outside years 1 to 9999 in UTC; is the year right?</source>
        <translation>{time} خارج السنوات من 1 إلى 9999 بتوقيت UTC؛ هل السنة صحيحة؟</translation>
    </message>
    <message>
        <source>{reason}; scale it down</source>
        <translation>{reason}؛ صغِّرها</translation>
    </message>
    <message>
        <source>a {kind} photo with no suffix; other tools may refuse it: rename it to {suffix}</source>
        <translation>صورة {kind} بلا امتداد؛ قد ترفضها برامج أخرى: أضف الامتداد {suffix}</translation>
    </message>
    <message>
        <source>a {kind} photo named {named}; other tools may refuse it: rename it to {suffix}</source>
        <translation>صورة {kind} بامتداد {named}؛ قد ترفضها برامج أخرى: غيّر الامتداد إلى {suffix}</translation>
    </message>
    <message>
        <source>the photo&apos;s time {time} has no UTC offset; set the trip&apos;s &apos;timezone&apos; or give the photo a &apos;time&apos;</source>
        <translation>وقت الصورة {time} بلا فارق عن UTC؛ حدِّد &apos;timezone&apos; للرحلة أو أعطِ الصورة &apos;time&apos;</translation>
    </message>
    <message>
        <source>no time in the manifest or the photo; it is drawn between its neighbours</source>
        <translation>لا وقت في ملف البيان ولا في الصورة؛ توضع بين الصور المجاورة</translation>
    </message>
    <message>
        <source>listed after photo {number} ({file}, {time}) but taken earlier ({taken})</source>
        <translation>مدرجة بعد الصورة {number} ({file}، {time}) لكنها التُقطت قبلها ({taken})</translation>
    </message>
    <message>
        <source>the same file as photo {number} ({file})</source>
        <translation>الملف نفسه الذي في الصورة {number} ({file})</translation>
    </message>
    <message>
        <source>the same picture as photo {number} ({file}), byte for byte</source>
        <translation>الصورة نفسها التي في الصورة {number} ({file})، بايتًا ببايت</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>خطأ واحد</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>الأخطاء: {count}</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>تنبيه واحد</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>التنبيهات: {count}</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>صورة واحدة</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>عدد الصور: {count}</translation>
    </message>
    <message>
        <source>{source}: {photos} checked: {verdict}</source>
        <translation>{source}: فُحصت ({photos}): {verdict}</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>لا مشكلات</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Next photo</source>
        <translation>الصورة التالية</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>الصورة السابقة</translation>
    </message>
    <message>
        <source>First photo</source>
        <translation>الصورة الأولى</translation>
    </message>
    <message>
        <source>Last photo</source>
        <translation>الصورة الأخيرة</translation>
    </message>
    <message>
        <source>Go to that photo</source>
        <translation>الانتقال إلى تلك الصورة</translation>
    </message>
    <message>
        <source>Start the show from the first photo</source>
        <translation>بدء العرض من الصورة الأولى</translation>
    </message>
    <message>
        <source>Start the show from this photo</source>
        <translation>بدء العرض من هذه الصورة</translation>
    </message>
    <message>
        <source>Presenter view on / off (console + audience)</source>
        <translation>تشغيل / إيقاف عرض المقدِّم (لوحة التحكم + الجمهور)</translation>
    </message>
    <message>
        <source>Presenter view: swap the two screens</source>
        <translation>عرض المقدِّم: تبديل الشاشتين</translation>
    </message>
    <message>
        <source>Full screen on / off</source>
        <translation>تشغيل / إيقاف ملء الشاشة</translation>
    </message>
    <message>
        <source>Close this help, leave zoom, leave full screen</source>
        <translation>إغلاق هذه المساعدة، إلغاء التكبير، الخروج من ملء الشاشة</translation>
    </message>
    <message>
        <source>Black screen (again to return)</source>
        <translation>شاشة سوداء (مرة أخرى للعودة)</translation>
    </message>
    <message>
        <source>White screen (again to return)</source>
        <translation>شاشة بيضاء (مرة أخرى للعودة)</translation>
    </message>
    <message>
        <source>Pause or resume autoplay</source>
        <translation>إيقاف العرض التلقائي مؤقتًا أو استئنافه</translation>
    </message>
    <message>
        <source>Hide or show the timeline strip</source>
        <translation>إخفاء شريط الخط الزمني أو إظهاره</translation>
    </message>
    <message>
        <source>Hide or show the route map beside the photo</source>
        <translation>إخفاء خريطة المسار بجانب الصورة أو إظهارها</translation>
    </message>
    <message>
        <source>Overview of every photo (Enter picks)</source>
        <translation>نظرة عامة على كل الصور (Enter للاختيار)</translation>
    </message>
    <message>
        <source>Find a photo by words, place, date or time</source>
        <translation>البحث عن صورة بالكلمات أو المكان أو التاريخ أو الوقت</translation>
    </message>
    <message>
        <source>The photo&apos;s words in full, and where they came from</source>
        <translation>كل نصوص الصورة ومصدرها</translation>
    </message>
    <message>
        <source>Show every key</source>
        <translation>عرض كل المفاتيح</translation>
    </message>
    <message>
        <source>Larger caption</source>
        <translation>تكبير التعليق</translation>
    </message>
    <message>
        <source>Smaller caption</source>
        <translation>تصغير التعليق</translation>
    </message>
    <message>
        <source>Zoom to the photo&apos;s own pixels (100 %) at the mouse; again: fit</source>
        <translation>التكبير إلى البكسلات الأصلية (100 %) عند المؤشر؛ مرة أخرى: ملاءمة</translation>
    </message>
    <message>
        <source>Zoom in a step, at the mouse</source>
        <translation>تكبير خطوة عند المؤشر</translation>
    </message>
    <message>
        <source>Zoom out a step, down to fit</source>
        <translation>تصغير خطوة حتى الملاءمة</translation>
    </message>
    <message>
        <source>Zoomed: back to fit (a 0 after a digit is part of a number)</source>
        <translation>عند التكبير: العودة إلى الملاءمة (الصفر بعد رقم جزء من العدد)</translation>
    </message>
    <message>
        <source>Zoomed: move about the photo (arrows step photos when not zoomed)</source>
        <translation>عند التكبير: التنقل داخل الصورة (دون تكبير تنتقل الأسهم بين الصور)</translation>
    </message>
    <message>
        <source>Pointer: a red dot at the mouse, on the room&apos;s screen too</source>
        <translation>المؤشر: نقطة حمراء عند الفأرة، على شاشة القاعة أيضًا</translation>
    </message>
    <message>
        <source>Spotlight: all dimmed but a circle at the mouse</source>
        <translation>البقعة الضوئية: تعتيم كل شيء إلا دائرة عند الفأرة</translation>
    </message>
    <message>
        <source>Open a trip (manifest or folder)</source>
        <translation>فتح رحلة (ملف بيان أو مجلد)</translation>
    </message>
    <message>
        <source>Reload the trip from disk now</source>
        <translation>إعادة تحميل الرحلة من القرص الآن</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Export the trip as a PDF handout</source>
        <translation>تصدير الرحلة كملف PDF للتوزيع</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Presenter console — Trip Viewer</source>
        <translation>لوحة تحكم المقدِّم — Trip Viewer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة ضبط</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>تبديل الشاشتين</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Trip notes</source>
        <translation>ملاحظات الرحلة</translation>
    </message>
    <message>
        <source>No notes for this photo or trip.</source>
        <translation>لا ملاحظات لهذه الصورة أو الرحلة.</translation>
    </message>
    <message>
        <source>Next · {number} / {count}</source>
        <translation>التالية · {number} / {count}</translation>
    </message>
    <message>
        <source>Next · end of the trip</source>
        <translation>التالية · نهاية الرحلة</translation>
    </message>
    <message>
        <source>The audience sees a black screen — any key brings the photo back</source>
        <translation>يرى الجمهور شاشة سوداء — أي مفتاح يعيد الصورة</translation>
    </message>
    <message>
        <source>The audience sees a white screen — any key brings the photo back</source>
        <translation>يرى الجمهور شاشة بيضاء — أي مفتاح يعيد الصورة</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Autoplay waits: zoomed</source>
        <translation>العرض التلقائي في انتظار: الصورة مكبَّرة</translation>
    </message>
    <message>
        <source>Autoplay waits for the photo</source>
        <translation>العرض التلقائي في انتظار الصورة</translation>
    </message>
    <message>
        <source>Autoplay ends in {time}</source>
        <translation>ينتهي العرض التلقائي بعد {time}</translation>
    </message>
    <message>
        <source>Next photo in {time}</source>
        <translation>الصورة التالية بعد {time}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>الوقت غير معروف</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>تقريبًا</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}، {second}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Trip Viewer: unexpected error</source>
        <translation>Trip Viewer: خطأ غير متوقع</translation>
    </message>
    <message>
        <source>The show goes on. The details are also in {file}.</source>
        <translation>يستمر العرض. التفاصيل موجودة أيضًا في {file}.</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Type words, a place, a date or a time: Opera House, Dong Dang, 26 Feb, 08:</source>
        <translation>اكتب كلمات أو مكانًا أو تاريخًا أو وقتًا: دار الأوبرا، دونغ دانغ، 26 فبراير، 08:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Find a photo…</source>
        <translation>البحث عن صورة…</translation>
    </message>
    <message>
        <source>↑ ↓: pick  ·  Enter: go to photo  ·  Escape: back</source>
        <translation>↑ ↓: اختيار  ·  Enter: الانتقال إلى الصورة  ·  Esc: رجوع</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>صورة واحدة</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>عدد الصور: {count}</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>■ stop    ● photo    ○ photo placed on the route by its time</source>
        <translation>■ محطة    ● صورة    ○ صورة وُضعت على المسار حسب وقتها</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>ملاحظات: {notes}</translation>
    </message>
    <message>
        <source>Photo missing from this handout</source>
        <translation>صورة ناقصة من ملف التوزيع هذا</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>صورة واحدة</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>عدد الصور: {count}</translation>
    </message>
    <message>
        <source>photo {number}, {file}: {reason}; printed as a placeholder on page {page}</source>
        <translation>الصورة {number}، {file}: {reason}؛ طُبع مكانها إطار في الصفحة {page}</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>صفحة واحدة</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>عدد الصفحات: {count}</translation>
    </message>
    <message>
        <source>Wrote {file}: {photos} on {pages}, {paper}</source>
        <translation>كُتب {file}: {photos}، {pages}، {paper}</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>A handout is being written: wait, or cancel it</source>
        <translation>جارٍ إنشاء ملف للتوزيع: انتظر أو ألغِه</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>تصدير ملف للتوزيع</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout of {count} photos</source>
        <translation>جارٍ إنشاء ملف التوزيع (عدد الصور: {count})</translation>
    </message>
    <message>
        <source>Handout written: {file} ({pages} pages)</source>
        <translation>تم إنشاء ملف التوزيع: {file} (عدد الصفحات: {pages})</translation>
    </message>
    <message>
        <source>Photo {number}, {file}: {reason} (page {page})</source>
        <translation>الصورة {number}، {file}: {reason} (الصفحة {page})</translation>
    </message>
    <message>
        <source>The handout {file} is written, but these photos could not be printed and have a marked placeholder instead:</source>
        <translation>تم إنشاء ملف التوزيع {file}، لكن تعذّرت طباعة هذه الصور ووُضع مكانها إطار مميَّز:</translation>
    </message>
    <message>
        <source>Photos missing from the handout</source>
        <translation>صور ناقصة من ملف التوزيع</translation>
    </message>
    <message>
        <source>Cannot write the handout</source>
        <translation>تعذّر إنشاء ملف التوزيع</translation>
    </message>
    <message>
        <source>Handout cancelled: nothing was written</source>
        <translation>أُلغي ملف التوزيع: لم يُكتب شيء</translation>
    </message>
    <message>
        <source>the handout command ended with status {code}</source>
        <translation>انتهى أمر ملف التوزيع بالحالة {code}</translation>
    </message>
    <message>
        <source>the handout could not be started ({program}: {reason})</source>
        <translation>تعذّر بدء إنشاء ملف التوزيع ({program}: {reason})</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{folder}: not a folder</source>
        <translation>{folder}: ليس مجلدًا</translation>
    </message>
    <message>
        <source>{folder}: no photos to import ({kinds})</source>
        <translation>{folder}: لا صور للاستيراد ({kinds})</translation>
    </message>
    <message>
        <source>{output}: cannot write the manifest: {reason}</source>
        <translation>{output}: تعذّرت كتابة ملف البيان: {reason}</translation>
    </message>
    <message>
        <source>{output}: a manifest can only open photos in or below its own folder; save it in {folder} or a folder above it</source>
        <translation>{output}: لا يفتح ملف البيان إلا الصور في مجلده أو ما تحته؛ احفظه في {folder} أو في مجلد أعلى منه</translation>
    </message>
    <message>
        <source>{output}: this name is for a photo; name the manifest like trip.yaml</source>
        <translation>{output}: هذا اسم صورة؛ سمِّ ملف البيان مثل trip.yaml</translation>
    </message>
    <message>
        <source>{output}: is a folder; give the manifest&apos;s file name, like trip.yaml</source>
        <translation>{output}: مجلد؛ اكتب اسم ملف البيان، مثل trip.yaml</translation>
    </message>
    <message>
        <source>{output}: already exists; use --force to replace it</source>
        <translation>{output}: موجود مسبقًا؛ استخدم --force لاستبداله</translation>
    </message>
    <message>
        <source>--timezone: unknown time zone {name}; use an IANA name like Asia/Ho_Chi_Minh</source>
        <translation>--timezone: منطقة زمنية غير معروفة {name}؛ استخدم اسم IANA مثل Asia/Dubai</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>صورة واحدة</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>عدد الصور: {count}</translation>
    </message>
    <message>
        <source>{count} without a caption</source>
        <translation>بلا تعليق: {count}</translation>
    </message>
    <message>
        <source>{count} without a credit</source>
        <translation>بلا مصدر: {count}</translation>
    </message>
    <message>
        <source>{count} without a time</source>
        <translation>بلا وقت: {count}</translation>
    </message>
    <message>
        <source>{count} without a place</source>
        <translation>بلا مكان: {count}</translation>
    </message>
    <message>
        <source>{count} unreadable</source>
        <translation>غير مقروءة: {count}</translation>
    </message>
    <message>
        <source>{count} left out: links out of the manifest&apos;s folder</source>
        <translation>مستبعَدة ({count}): روابط خارج مجلد ملف البيان</translation>
    </message>
    <message>
        <source>{count} with a UTC offset from the GPS position</source>
        <translation>بفارق UTC من موقع GPS: {count}</translation>
    </message>
    <message>
        <source>Wrote {file}: {photos}{details}. Run &apos;trip-viewer check {file}&apos; before presenting.</source>
        <translation>كُتب {file}: {photos}{details}. شغّل &apos;trip-viewer check {file}&apos; قبل العرض.</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <source>More below: ↑ ↓, Page Up / Page Down or the wheel to scroll  ·  Escape closes</source>
        <translation>المزيد في الأسفل: ↑ ↓ أو Page Up / Page Down أو العجلة للتمرير  ·  Esc للإغلاق</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>عجلة الفأرة</translation>
    </message>
    <message>
        <source>Previous / next photo (over the strip: zoom; a zoomed photo: pan)</source>
        <translation>الصورة السابقة / التالية (فوق الشريط: تكبير؛ صورة مكبَّرة: تحريك)</translation>
    </message>
    <message>
        <source>Click or drag the strip</source>
        <translation>النقر على الشريط أو السحب عليه</translation>
    </message>
    <message>
        <source>Jump to a photo</source>
        <translation>القفز إلى صورة</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Right, Down, Space, Page Down, N, Enter</source>
        <translation>→، ↓، Space، Page Down، N، Enter</translation>
    </message>
    <message>
        <source>Left, Up, Backspace, Page Up, P</source>
        <translation>←، ↑، Backspace، Page Up، P</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation>الرقم ثم Enter</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B أو .</translation>
    </message>
    <message>
        <source>W or ,</source>
        <translation>W أو ,</translation>
    </message>
    <message>
        <source>Ctrl+F or /</source>
        <translation>Ctrl+F أو /</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? أو F1</translation>
    </message>
    <message>
        <source>Ctrl+Plus</source>
        <translation>Ctrl+زائد</translation>
    </message>
    <message>
        <source>Ctrl+Minus</source>
        <translation>Ctrl+ناقص</translation>
    </message>
    <message>
        <source>Z, double-click</source>
        <translation>Z، نقر مزدوج</translation>
    </message>
    <message>
        <source>+ or Ctrl+wheel</source>
        <translation>+ أو Ctrl+العجلة</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>0 or Escape</source>
        <translation>0 أو Esc</translation>
    </message>
    <message>
        <source>Arrows, drag, wheel</source>
        <translation>الأسهم، السحب، العجلة</translation>
    </message>
    <message>
        <source>Shift+L</source>
        <translation>Shift+L</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>As the System ({language})</source>
        <translation>مثل النظام ({language})</translation>
    </message>
    <message>
        <source>{language}: from the next start of Trip Viewer</source>
        <translation>{language}: ابتداءً من التشغيل التالي لـ Trip Viewer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>Start in Presenter View With &amp;Two Screens</source>
        <translation>البدء في عرض المقدِّم عند وجود &amp;شاشتين</translation>
    </message>
    <message>
        <source>Left out of {trip}: {files}</source>
        <translation>مستبعَد من {trip}: {files}</translation>
    </message>
    <message>
        <source>{trip} — Trip Viewer</source>
        <translation>{trip} — Trip Viewer</translation>
    </message>
    <message>
        <source>The route is drawn from the stops instead: {problem}</source>
        <translation>يُرسم المسار من المحطات بدلًا من ذلك: {problem}</translation>
    </message>
    <message>
        <source>Reloaded {name}: 1 new photo</source>
        <translation>أُعيد تحميل {name}: صورة جديدة واحدة</translation>
    </message>
    <message>
        <source>Reloaded {name}: {count} new photos</source>
        <translation>أُعيد تحميل {name}: صور جديدة ({count})</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;رحلة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;تقديم</translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <translation>عرض &amp;المقدِّم</translation>
    </message>
    <message>
        <source>&amp;Swap Screens</source>
        <translation>&amp;تبديل الشاشتين</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;ملء الشاشة</translation>
    </message>
    <message>
        <source>&amp;Autoplay</source>
        <translation>العرض ال&amp;تلقائي</translation>
    </message>
    <message>
        <source>Timeline &amp;Strip</source>
        <translation>&amp;شريط الخط الزمني</translation>
    </message>
    <message>
        <source>Route &amp;Map</source>
        <translation>&amp;خريطة المسار</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>ال&amp;مفاتيح</translation>
    </message>
    <message>
        <source>&amp;Zoom to 100 %</source>
        <translation>ال&amp;تكبير إلى 100 %</translation>
    </message>
    <message>
        <source>&amp;Laser Pointer</source>
        <translation>مؤشر &amp;ليزر</translation>
    </message>
    <message>
        <source>Sp&amp;otlight</source>
        <translation>&amp;بقعة ضوئية</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>تصدير ملف لل&amp;توزيع…</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Open a trip</source>
        <translation>فتح رحلة</translation>
    </message>
    <message>
        <source>Trip manifests (*.yaml *.yml);;All files (*)</source>
        <translation>ملفات بيان الرحلات (*.yaml *.yml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Opening {file} …</source>
        <translation>جارٍ فتح {file} …</translation>
    </message>
    <message>
        <source>Cannot open the trip</source>
        <translation>تعذّر فتح الرحلة</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>No time</source>
        <translation>بلا وقت</translation>
    </message>
    <message>
        <source>{time} (approx.)</source>
        <translation>{time} (تقريبًا)</translation>
    </message>
    <message>
        <source>Arrows: move  ·  Enter: go to photo  ·  Escape: back</source>
        <translation>الأسهم: تنقّل  ·  Enter: الانتقال إلى الصورة  ·  Esc: رجوع</translation>
    </message>
    <message>
        <source>All {count} photos</source>
        <translation>كل الصور ({count})</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>صورة واحدة</translation>
    </message>
</context>
<context>
    <name>PhotoInfo</name>
    <message>
        <source>↑ ↓, Page Up / Page Down or the wheel: scroll  ·  I or Escape: close</source>
        <translation>↑ ↓ أو Page Up / Page Down أو العجلة: تمرير  ·  I أو Esc: إغلاق</translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation>من {source}</translation>
    </message>
    <message>
        <source>Caption · photo {number} / {count}</source>
        <translation>التعليق · الصورة {number} / {count}</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Place and time</source>
        <translation>المكان والوقت</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Loading {file} …</source>
        <translation>جارٍ تحميل {file} …</translation>
    </message>
    <message>
        <source>Cannot show photo {number}: {file}</source>
        <translation>تعذّر عرض الصورة {number}: {file}</translation>
    </message>
    <message>
        <source>{reason}. The show goes on.</source>
        <translation>{reason}. يستمر العرض.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Ordering by capture time: {done} / {total} photos read</source>
        <translation>الترتيب حسب وقت الالتقاط: قُرئت {done} / {total} صورة</translation>
    </message>
    <message>
        <source>Reading the photos {done} / {total}</source>
        <translation>جارٍ قراءة الصور {done} / {total}</translation>
    </message>
    <message>
        <source>Ordering by capture time …</source>
        <translation>الترتيب حسب وقت الالتقاط …</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <source>photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>place estimated from its time</source>
        <translation>مكان مقدَّر من وقت الالتقاط</translation>
    </message>
    <message>
        <source>Drawing the map …</source>
        <translation>جارٍ رسم الخريطة …</translation>
    </message>
    <message>
        <source>No places in this trip.
Give stops or photos a position (at: [lat, lon]), or use photos with GPS.</source>
        <translation>لا أماكن في هذه الرحلة.
حدِّد موقعًا للمحطات أو الصور (at: [lat, lon])، أو استخدم صورًا فيها GPS.</translation>
    </message>
    <message>
        <source>No coastlines: {problem}</source>
        <translation>بلا سواحل: {problem}</translation>
    </message>
    <message>
        <source>Photo {number}: {caption}</source>
        <translation>الصورة {number}: {caption}</translation>
    </message>
</context>
<context>
    <name>Strip</name>
    <message>
        <source>… and {count} more (zoom in with the wheel)</source>
        <translation>… وغيرها ({count}) (كبِّر بالعجلة)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Placing the photos on the timeline …</source>
        <translation>جارٍ وضع الصور على الخط الزمني …</translation>
    </message>
    <message>
        <source>Thumbnails {done} / {total}</source>
        <translation>الصور المصغَّرة {done} / {total}</translation>
    </message>
</context>
<context>
    <name>Transitions</name>
    <message>
        <source>As Each &amp;Trip Says</source>
        <translation>كما تحدِّد كل &amp;رحلة</translation>
    </message>
    <message>
        <source>Always &amp;Cut</source>
        <translation>قطع &amp;مباشر دائمًا</translation>
    </message>
    <message>
        <source>Always &amp;Fade</source>
        <translation>&amp;تلاشٍ دائمًا</translation>
    </message>
    <message>
        <source>&amp;Transitions</source>
        <translation>&amp;الانتقالات</translation>
    </message>
    <message>
        <source>Fade in {seconds} s</source>
        <translation>تلاشٍ خلال {seconds} ث</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Photo {number} cannot be shown, so it cannot be zoomed</source>
        <translation>تعذّر عرض الصورة {number}، لذا لا يمكن تكبيرها</translation>
    </message>
    <message>
        <source>Photo {number} is still loading: it zooms as soon as it is in</source>
        <translation>ما زالت الصورة {number} قيد التحميل: ستُكبَّر فور وصولها</translation>
    </message>
    <message>
        <source>Photo {number} has {megapixels} megapixels: zoom shows it from {share} % of them, to keep memory bounded</source>
        <translation>في الصورة {number} ‏{megapixels} ميغابكسل: يعرضها التكبير من {share} % منها توفيرًا للذاكرة</translation>
    </message>
    <message>
        <source>Photo {number}&apos;s full pixels cannot be decoded: {reason}</source>
        <translation>تعذّر فك ترميز كل بكسلات الصورة {number}: {reason}</translation>
    </message>
</context>
</TS>
