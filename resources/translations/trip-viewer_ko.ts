<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Banner</name>
    <message>
        <source>Still showing the last version that loaded; fix the file to update.</source>
        <translation>마지막으로 불러온 버전을 계속 표시합니다. 업데이트하려면 파일을 고치세요.</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <source>No caption</source>
        <translation>캡션 없음</translation>
    </message>
    <message>
        <source>No credit</source>
        <translation>출처 없음</translation>
    </message>
    <message>
        <source>Image: {credit}</source>
        <translation>사진: {credit}</translation>
    </message>
    <message>
        <source>caption from {source}</source>
        <translation>캡션 출처: {source}</translation>
    </message>
    <message>
        <source>credit from {source}</source>
        <translation>크레디트 출처: {source}</translation>
    </message>
    <message>
        <source>Go to {number}</source>
        <translation>{number}번으로 이동</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>left out: {reason}</source>
        <translation>제외됨: {reason}</translation>
    </message>
    <message>
        <source>its GPS ({gps}) is {km} km from where the route has it at its time ({route})</source>
        <translation>GPS 위치({gps})가 촬영 시간의 경로상 위치({route})에서 {km} km 떨어져 있습니다</translation>
    </message>
    <message>
        <source>no caption in the manifest or the photo</source>
        <translation>매니페스트와 사진 어디에도 캡션이 없습니다</translation>
    </message>
    <message>
        <source>no credit in the manifest or the photo</source>
        <translation>매니페스트와 사진 어디에도 크레디트가 없습니다</translation>
    </message>
    <message>
        <source>the manifest says {manifest} but the photo&apos;s {source} says {photo}</source>
        <translation>매니페스트에는 {manifest}, 사진의 {source}에는 {photo}로 되어 있습니다</translation>
    </message>
    <message>
        <source>{time} falls outside years 1 to 9999 in UTC; is the year right?</source>
        <translation>{time}은(는) UTC 기준 1~9999년 범위를 벗어납니다. 연도가 맞습니까?</translation>
    </message>
    <message>
        <source>{reason}; scale it down</source>
        <translation>{reason}. 크기를 줄이세요</translation>
    </message>
    <message>
        <source>a {kind} photo with no suffix; other tools may refuse it: rename it to {suffix}</source>
        <translation>확장자가 없는 {kind} 사진입니다. 다른 프로그램이 거부할 수 있으니 {suffix}로 바꾸세요</translation>
    </message>
    <message>
        <source>a {kind} photo named {named}; other tools may refuse it: rename it to {suffix}</source>
        <translation>확장자가 {named}인 {kind} 사진입니다. 다른 프로그램이 거부할 수 있으니 {suffix}로 바꾸세요</translation>
    </message>
    <message>
        <source>the photo&apos;s time {time} has no UTC offset; set the trip&apos;s &apos;timezone&apos; or give the photo a &apos;time&apos;</source>
        <translation>사진 시간 {time}에 UTC 오프셋이 없습니다. 여행의 &apos;timezone&apos;을 지정하거나 사진에 &apos;time&apos;을 쓰세요</translation>
    </message>
    <message>
        <source>no time in the manifest or the photo; it is drawn between its neighbours</source>
        <translation>매니페스트와 사진 어디에도 시간이 없어 앞뒤 사진 사이에 놓입니다</translation>
    </message>
    <message>
        <source>listed after photo {number} ({file}, {time}) but taken earlier ({taken})</source>
        <translation>사진 {number}({file}, {time}) 뒤에 있지만 더 먼저 찍었습니다({taken})</translation>
    </message>
    <message>
        <source>the same file as photo {number} ({file})</source>
        <translation>사진 {number}({file})와 같은 파일</translation>
    </message>
    <message>
        <source>the same picture as photo {number} ({file}), byte for byte</source>
        <translation>사진 {number}({file})와 바이트까지 같은 사진</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>오류 1개</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>오류 {count}개</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>경고 1개</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>경고 {count}개</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>사진 1장</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>사진 {count}장</translation>
    </message>
    <message>
        <source>{source}: {photos} checked: {verdict}</source>
        <translation>{source}: {photos} 검사: {verdict}</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>문제 없음</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Next photo</source>
        <translation>다음 사진</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>이전 사진</translation>
    </message>
    <message>
        <source>First photo</source>
        <translation>첫 사진</translation>
    </message>
    <message>
        <source>Last photo</source>
        <translation>마지막 사진</translation>
    </message>
    <message>
        <source>Go to that photo</source>
        <translation>해당 사진으로 이동</translation>
    </message>
    <message>
        <source>Start the show from the first photo</source>
        <translation>첫 사진부터 슬라이드 쇼 시작</translation>
    </message>
    <message>
        <source>Start the show from this photo</source>
        <translation>이 사진부터 슬라이드 쇼 시작</translation>
    </message>
    <message>
        <source>Presenter view on / off (console + audience)</source>
        <translation>발표자 보기 켜기 / 끄기 (콘솔 + 청중 화면)</translation>
    </message>
    <message>
        <source>Presenter view: swap the two screens</source>
        <translation>발표자 보기: 두 화면 바꾸기</translation>
    </message>
    <message>
        <source>Full screen on / off</source>
        <translation>전체 화면 켜기 / 끄기</translation>
    </message>
    <message>
        <source>Close this help, leave zoom, leave full screen</source>
        <translation>도움말 닫기, 확대 해제, 전체 화면 해제</translation>
    </message>
    <message>
        <source>Black screen (again to return)</source>
        <translation>검은 화면 (다시 누르면 복귀)</translation>
    </message>
    <message>
        <source>White screen (again to return)</source>
        <translation>흰 화면 (다시 누르면 복귀)</translation>
    </message>
    <message>
        <source>Pause or resume autoplay</source>
        <translation>자동 재생 일시 정지 또는 계속</translation>
    </message>
    <message>
        <source>Hide or show the timeline strip</source>
        <translation>타임라인 띠 숨기기 또는 보이기</translation>
    </message>
    <message>
        <source>Hide or show the route map beside the photo</source>
        <translation>사진 옆 경로 지도 숨기기 또는 보이기</translation>
    </message>
    <message>
        <source>Overview of every photo (Enter picks)</source>
        <translation>전체 사진 한눈에 보기 (Enter로 선택)</translation>
    </message>
    <message>
        <source>Find a photo by words, place, date or time</source>
        <translation>단어, 장소, 날짜, 시간으로 사진 찾기</translation>
    </message>
    <message>
        <source>The photo&apos;s words in full, and where they came from</source>
        <translation>사진 정보 전체와 그 출처</translation>
    </message>
    <message>
        <source>Show every key</source>
        <translation>모든 단축키 보기</translation>
    </message>
    <message>
        <source>Larger caption</source>
        <translation>캡션 크게</translation>
    </message>
    <message>
        <source>Smaller caption</source>
        <translation>캡션 작게</translation>
    </message>
    <message>
        <source>Zoom to the photo&apos;s own pixels (100 %) at the mouse; again: fit</source>
        <translation>마우스 위치에서 원본 픽셀(100 %)로 확대, 다시 누르면 화면에 맞춤</translation>
    </message>
    <message>
        <source>Zoom in a step, at the mouse</source>
        <translation>마우스 위치에서 한 단계 확대</translation>
    </message>
    <message>
        <source>Zoom out a step, down to fit</source>
        <translation>화면에 맞을 때까지 한 단계 축소</translation>
    </message>
    <message>
        <source>Zoomed: back to fit (a 0 after a digit is part of a number)</source>
        <translation>확대 중: 화면에 맞춤으로 복귀 (숫자 뒤의 0은 번호의 일부)</translation>
    </message>
    <message>
        <source>Zoomed: move about the photo (arrows step photos when not zoomed)</source>
        <translation>확대 중: 사진 안에서 이동 (확대하지 않았을 때는 화살표로 사진 넘김)</translation>
    </message>
    <message>
        <source>Pointer: a red dot at the mouse, on the room&apos;s screen too</source>
        <translation>포인터: 마우스 위치에 빨간 점, 청중 화면에도 표시</translation>
    </message>
    <message>
        <source>Spotlight: all dimmed but a circle at the mouse</source>
        <translation>스포트라이트: 마우스 주변 원만 남기고 어둡게</translation>
    </message>
    <message>
        <source>Open a trip (manifest or folder)</source>
        <translation>여행 열기 (매니페스트 또는 폴더)</translation>
    </message>
    <message>
        <source>Reload the trip from disk now</source>
        <translation>디스크에서 여행 지금 다시 불러오기</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Export the trip as a PDF handout</source>
        <translation>여행을 PDF 배포 자료로 내보내기</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Presenter console — Trip Viewer</source>
        <translation>발표자 콘솔 — Trip Viewer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>화면 바꾸기</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Trip notes</source>
        <translation>여행 메모</translation>
    </message>
    <message>
        <source>No notes for this photo or trip.</source>
        <translation>이 사진이나 여행에 대한 메모가 없습니다.</translation>
    </message>
    <message>
        <source>Next · {number} / {count}</source>
        <translation>다음 · {number} / {count}</translation>
    </message>
    <message>
        <source>Next · end of the trip</source>
        <translation>다음 · 여행 끝</translation>
    </message>
    <message>
        <source>The audience sees a black screen — any key brings the photo back</source>
        <translation>청중에게 검은 화면이 보입니다 — 아무 키나 누르면 사진이 돌아옵니다</translation>
    </message>
    <message>
        <source>The audience sees a white screen — any key brings the photo back</source>
        <translation>청중에게 흰 화면이 보입니다 — 아무 키나 누르면 사진이 돌아옵니다</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Autoplay waits: zoomed</source>
        <translation>자동 재생 대기 중: 확대 상태</translation>
    </message>
    <message>
        <source>Autoplay waits for the photo</source>
        <translation>자동 재생이 사진을 기다리는 중</translation>
    </message>
    <message>
        <source>Autoplay ends in {time}</source>
        <translation>자동 재생 종료까지 {time}</translation>
    </message>
    <message>
        <source>Next photo in {time}</source>
        <translation>다음 사진까지 {time}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{day} {month}</source>
        <translation>{month} {day}일</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}년 {month} {day}일</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{date} ({weekday})</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>시간 모름</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>추정</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Trip Viewer: unexpected error</source>
        <translation>Trip Viewer: 예기치 않은 오류</translation>
    </message>
    <message>
        <source>The show goes on. The details are also in {file}.</source>
        <translation>슬라이드 쇼는 계속됩니다. 자세한 내용은 {file}에도 있습니다.</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Type words, a place, a date or a time: Opera House, Dong Dang, 26 Feb, 08:</source>
        <translation>단어, 장소, 날짜 또는 시간 입력: 오페라 하우스, 동당, 2월 26일, 08:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>찾는 중…</translation>
    </message>
    <message>
        <source>Find a photo…</source>
        <translation>사진 찾기…</translation>
    </message>
    <message>
        <source>↑ ↓: pick  ·  Enter: go to photo  ·  Escape: back</source>
        <translation>↑ ↓: 선택  ·  Enter: 사진으로 이동  ·  Esc: 돌아가기</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>사진 1장</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>사진 {count}장</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>■ stop    ● photo    ○ photo placed on the route by its time</source>
        <translation>■ 경유지    ● 사진    ○ 촬영 시간으로 경로에 놓은 사진</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>메모: {notes}</translation>
    </message>
    <message>
        <source>Photo missing from this handout</source>
        <translation>이 배포 자료에서 빠진 사진</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>{pages}쪽 중 {page}쪽</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>사진 1장</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>사진 {count}장</translation>
    </message>
    <message>
        <source>photo {number}, {file}: {reason}; printed as a placeholder on page {page}</source>
        <translation>사진 {number}, {file}: {reason}. {page}쪽에 빈 칸으로 인쇄했습니다</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1쪽</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count}쪽</translation>
    </message>
    <message>
        <source>Wrote {file}: {photos} on {pages}, {paper}</source>
        <translation>{file} 저장: {photos}, {pages}, {paper}</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>A handout is being written: wait, or cancel it</source>
        <translation>배포 자료를 만드는 중입니다: 기다리거나 취소하세요</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>배포 자료 내보내기</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout of {count} photos</source>
        <translation>사진 {count}장의 배포 자료를 만드는 중</translation>
    </message>
    <message>
        <source>Handout written: {file} ({pages} pages)</source>
        <translation>배포 자료 저장 완료: {file} ({pages}쪽)</translation>
    </message>
    <message>
        <source>Photo {number}, {file}: {reason} (page {page})</source>
        <translation>사진 {number}, {file}: {reason} ({page}쪽)</translation>
    </message>
    <message>
        <source>The handout {file} is written, but these photos could not be printed and have a marked placeholder instead:</source>
        <translation>배포 자료 {file}을(를) 저장했지만, 다음 사진은 인쇄하지 못해 표시된 빈 칸으로 대신했습니다:</translation>
    </message>
    <message>
        <source>Photos missing from the handout</source>
        <translation>배포 자료에서 빠진 사진</translation>
    </message>
    <message>
        <source>Cannot write the handout</source>
        <translation>배포 자료를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Handout cancelled: nothing was written</source>
        <translation>배포 자료 취소: 저장된 것이 없습니다</translation>
    </message>
    <message>
        <source>the handout command ended with status {code}</source>
        <translation>배포 자료 명령이 상태 {code}(으)로 끝났습니다</translation>
    </message>
    <message>
        <source>the handout could not be started ({program}: {reason})</source>
        <translation>배포 자료 만들기를 시작할 수 없습니다({program}: {reason})</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{folder}: not a folder</source>
        <translation>{folder}: 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>{folder}: no photos to import ({kinds})</source>
        <translation>{folder}: 가져올 사진이 없습니다({kinds})</translation>
    </message>
    <message>
        <source>{output}: cannot write the manifest: {reason}</source>
        <translation>{output}: 매니페스트를 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{output}: a manifest can only open photos in or below its own folder; save it in {folder} or a folder above it</source>
        <translation>{output}: 매니페스트는 자기 폴더와 그 하위 폴더의 사진만 열 수 있습니다. {folder}나 그 상위 폴더에 저장하세요</translation>
    </message>
    <message>
        <source>{output}: this name is for a photo; name the manifest like trip.yaml</source>
        <translation>{output}: 사진 이름입니다. 매니페스트는 trip.yaml처럼 이름을 지으세요</translation>
    </message>
    <message>
        <source>{output}: is a folder; give the manifest&apos;s file name, like trip.yaml</source>
        <translation>{output}: 폴더입니다. trip.yaml처럼 매니페스트 파일 이름을 쓰세요</translation>
    </message>
    <message>
        <source>{output}: already exists; use --force to replace it</source>
        <translation>{output}: 이미 있습니다. 바꾸려면 --force를 쓰세요</translation>
    </message>
    <message>
        <source>--timezone: unknown time zone {name}; use an IANA name like Asia/Ho_Chi_Minh</source>
        <translation>--timezone: 알 수 없는 시간대 {name}. Asia/Seoul 같은 IANA 이름을 쓰세요</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>사진 1장</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>사진 {count}장</translation>
    </message>
    <message>
        <source>{count} without a caption</source>
        <translation>{count}장 캡션 없음</translation>
    </message>
    <message>
        <source>{count} without a credit</source>
        <translation>{count}장 크레디트 없음</translation>
    </message>
    <message>
        <source>{count} without a time</source>
        <translation>{count}장 시간 없음</translation>
    </message>
    <message>
        <source>{count} without a place</source>
        <translation>{count}장 장소 없음</translation>
    </message>
    <message>
        <source>{count} unreadable</source>
        <translation>{count}장 읽을 수 없음</translation>
    </message>
    <message>
        <source>{count} left out: links out of the manifest&apos;s folder</source>
        <translation>{count}장 제외: 매니페스트 폴더 밖을 가리키는 링크</translation>
    </message>
    <message>
        <source>{count} with a UTC offset from the GPS position</source>
        <translation>{count}장은 GPS 위치로 UTC 오프셋 결정</translation>
    </message>
    <message>
        <source>Wrote {file}: {photos}{details}. Run &apos;trip-viewer check {file}&apos; before presenting.</source>
        <translation>{file} 저장: {photos}{details}. 발표 전에 &apos;trip-viewer check {file}&apos;를 실행하세요.</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <source>More below: ↑ ↓, Page Up / Page Down or the wheel to scroll  ·  Escape closes</source>
        <translation>아래에 더 있음: ↑ ↓, Page Up / Page Down 또는 휠로 스크롤  ·  Esc로 닫기</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>마우스 휠</translation>
    </message>
    <message>
        <source>Previous / next photo (over the strip: zoom; a zoomed photo: pan)</source>
        <translation>이전 / 다음 사진 (타임라인 위: 확대·축소, 확대된 사진: 이동)</translation>
    </message>
    <message>
        <source>Click or drag the strip</source>
        <translation>타임라인 클릭 또는 끌기</translation>
    </message>
    <message>
        <source>Jump to a photo</source>
        <translation>사진으로 바로 이동</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Right, Down, Space, Page Down, N, Enter</source>
        <translation>→, ↓, Space, Page Down, N, Enter</translation>
    </message>
    <message>
        <source>Left, Up, Backspace, Page Up, P</source>
        <translation>←, ↑, Backspace, Page Up, P</translation>
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
        <translation>번호 입력 후 Enter</translation>
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
        <translation>B 또는 .</translation>
    </message>
    <message>
        <source>W or ,</source>
        <translation>W 또는 ,</translation>
    </message>
    <message>
        <source>Ctrl+F or /</source>
        <translation>Ctrl+F 또는 /</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? 또는 F1</translation>
    </message>
    <message>
        <source>Ctrl+Plus</source>
        <translation>Ctrl+플러스</translation>
    </message>
    <message>
        <source>Ctrl+Minus</source>
        <translation>Ctrl+마이너스</translation>
    </message>
    <message>
        <source>Z, double-click</source>
        <translation>Z, 더블 클릭</translation>
    </message>
    <message>
        <source>+ or Ctrl+wheel</source>
        <translation>+ 또는 Ctrl+휠</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>0 or Escape</source>
        <translation>0 또는 Esc</translation>
    </message>
    <message>
        <source>Arrows, drag, wheel</source>
        <translation>화살표, 끌기, 휠</translation>
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
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>As the System ({language})</source>
        <translation>시스템 설정 따르기 ({language})</translation>
    </message>
    <message>
        <source>{language}: from the next start of Trip Viewer</source>
        <translation>{language}: Trip Viewer를 다음에 시작할 때부터 적용</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Start in Presenter View With &amp;Two Screens</source>
        <translation>화면이 두 개면 발표자 보기로 시작(&amp;T)</translation>
    </message>
    <message>
        <source>Left out of {trip}: {files}</source>
        <translation>{trip}에서 제외됨: {files}</translation>
    </message>
    <message>
        <source>{trip} — Trip Viewer</source>
        <translation>{trip} — Trip Viewer</translation>
    </message>
    <message>
        <source>The route is drawn from the stops instead: {problem}</source>
        <translation>경로를 경유지 기준으로 대신 그립니다: {problem}</translation>
    </message>
    <message>
        <source>Reloaded {name}: 1 new photo</source>
        <translation>{name} 다시 불러옴: 새 사진 1장</translation>
    </message>
    <message>
        <source>Reloaded {name}: {count} new photos</source>
        <translation>{name} 다시 불러옴: 새 사진 {count}장</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Trip</source>
        <translation>여행(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>발표(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <translation>발표자 보기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Swap Screens</source>
        <translation>화면 바꾸기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Autoplay</source>
        <translation>자동 재생(&amp;A)</translation>
    </message>
    <message>
        <source>Timeline &amp;Strip</source>
        <translation>타임라인 띠(&amp;S)</translation>
    </message>
    <message>
        <source>Route &amp;Map</source>
        <translation>경로 지도(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Zoom to 100 %</source>
        <translation>100 %로 확대(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Laser Pointer</source>
        <translation>레이저 포인터(&amp;L)</translation>
    </message>
    <message>
        <source>Sp&amp;otlight</source>
        <translation>스포트라이트(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>배포 자료 내보내기(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Open a trip</source>
        <translation>여행 열기</translation>
    </message>
    <message>
        <source>Trip manifests (*.yaml *.yml);;All files (*)</source>
        <translation>여행 매니페스트 (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Opening {file} …</source>
        <translation>{file} 여는 중 …</translation>
    </message>
    <message>
        <source>Cannot open the trip</source>
        <translation>여행을 열 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>No time</source>
        <translation>시간 없음</translation>
    </message>
    <message>
        <source>{time} (approx.)</source>
        <translation>{time} (추정)</translation>
    </message>
    <message>
        <source>Arrows: move  ·  Enter: go to photo  ·  Escape: back</source>
        <translation>화살표: 이동  ·  Enter: 사진으로 이동  ·  Esc: 돌아가기</translation>
    </message>
    <message>
        <source>All {count} photos</source>
        <translation>전체 사진 {count}장</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>사진 1장</translation>
    </message>
</context>
<context>
    <name>PhotoInfo</name>
    <message>
        <source>↑ ↓, Page Up / Page Down or the wheel: scroll  ·  I or Escape: close</source>
        <translation>↑ ↓, Page Up / Page Down 또는 휠: 스크롤  ·  I 또는 Esc: 닫기</translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation>출처: {source}</translation>
    </message>
    <message>
        <source>Caption · photo {number} / {count}</source>
        <translation>캡션 · 사진 {number} / {count}</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>크레디트</translation>
    </message>
    <message>
        <source>Place and time</source>
        <translation>장소와 시간</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Loading {file} …</source>
        <translation>{file} 불러오는 중 …</translation>
    </message>
    <message>
        <source>Cannot show photo {number}: {file}</source>
        <translation>사진 {number}을(를) 표시할 수 없습니다: {file}</translation>
    </message>
    <message>
        <source>{reason}. The show goes on.</source>
        <translation>{reason}. 슬라이드 쇼는 계속됩니다.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Ordering by capture time: {done} / {total} photos read</source>
        <translation>촬영 시간순 정렬 중: 사진 {done} / {total}장 읽음</translation>
    </message>
    <message>
        <source>Reading the photos {done} / {total}</source>
        <translation>사진 읽는 중 {done} / {total}</translation>
    </message>
    <message>
        <source>Ordering by capture time …</source>
        <translation>촬영 시간순 정렬 중 …</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <source>photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>place estimated from its time</source>
        <translation>촬영 시간으로 추정한 위치</translation>
    </message>
    <message>
        <source>Drawing the map …</source>
        <translation>지도 그리는 중 …</translation>
    </message>
    <message>
        <source>No places in this trip.
Give stops or photos a position (at: [lat, lon]), or use photos with GPS.</source>
        <translation>이 여행에는 장소가 없습니다.
경유지나 사진에 위치(at: [lat, lon])를 지정하거나 GPS 정보가 있는 사진을 쓰세요.</translation>
    </message>
    <message>
        <source>No coastlines: {problem}</source>
        <translation>해안선 없음: {problem}</translation>
    </message>
    <message>
        <source>Photo {number}: {caption}</source>
        <translation>사진 {number}: {caption}</translation>
    </message>
</context>
<context>
    <name>Strip</name>
    <message>
        <source>… and {count} more (zoom in with the wheel)</source>
        <translation>… 외 {count}장 (휠로 확대)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>새</translation>
    </message>
    <message>
        <source>Placing the photos on the timeline …</source>
        <translation>타임라인에 사진 배치 중 …</translation>
    </message>
    <message>
        <source>Thumbnails {done} / {total}</source>
        <translation>미리보기 {done} / {total}</translation>
    </message>
</context>
<context>
    <name>Transitions</name>
    <message>
        <source>As Each &amp;Trip Says</source>
        <translation>여행마다 지정한 대로(&amp;T)</translation>
    </message>
    <message>
        <source>Always &amp;Cut</source>
        <translation>항상 컷(&amp;C)</translation>
    </message>
    <message>
        <source>Always &amp;Fade</source>
        <translation>항상 페이드(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Transitions</source>
        <translation>화면 전환(&amp;T)</translation>
    </message>
    <message>
        <source>Fade in {seconds} s</source>
        <translation>{seconds}초 동안 페이드</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Photo {number} cannot be shown, so it cannot be zoomed</source>
        <translation>사진 {number}을(를) 표시할 수 없어 확대할 수 없습니다</translation>
    </message>
    <message>
        <source>Photo {number} is still loading: it zooms as soon as it is in</source>
        <translation>사진 {number}을(를) 아직 불러오는 중입니다. 다 불러오면 바로 확대합니다</translation>
    </message>
    <message>
        <source>Photo {number} has {megapixels} megapixels: zoom shows it from {share} % of them, to keep memory bounded</source>
        <translation>사진 {number}은(는) {megapixels}메가픽셀입니다. 메모리를 아끼려고 그중 {share} %만으로 확대해 보여 줍니다</translation>
    </message>
    <message>
        <source>Photo {number}&apos;s full pixels cannot be decoded: {reason}</source>
        <translation>사진 {number}의 전체 픽셀을 디코딩할 수 없습니다: {reason}</translation>
    </message>
</context>
</TS>
