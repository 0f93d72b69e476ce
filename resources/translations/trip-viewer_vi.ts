<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Banner</name>
    <message>
        <source>Still showing the last version that loaded; fix the file to update.</source>
        <translation>Vẫn đang hiển thị phiên bản tải được gần nhất; hãy sửa tệp để cập nhật.</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <source>No caption</source>
        <translation>Không có chú thích</translation>
    </message>
    <message>
        <source>No credit</source>
        <translation>Không có nguồn ảnh</translation>
    </message>
    <message>
        <source>Image: {credit}</source>
        <translation>Ảnh: {credit}</translation>
    </message>
    <message>
        <source>caption from {source}</source>
        <translation>chú thích lấy từ {source}</translation>
    </message>
    <message>
        <source>credit from {source}</source>
        <translation>nguồn ảnh lấy từ {source}</translation>
    </message>
    <message>
        <source>Go to {number}</source>
        <translation>Đến ảnh {number}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>left out: {reason}</source>
        <translation>bị bỏ qua: {reason}</translation>
    </message>
    <message>
        <source>its GPS ({gps}) is {km} km from where the route has it at its time ({route})</source>
        <translation>GPS của ảnh ({gps}) cách {km} km so với vị trí hành trình tại giờ chụp ({route})</translation>
    </message>
    <message>
        <source>no caption in the manifest or the photo</source>
        <translation>không có chú thích trong tệp kê khai hay trong ảnh</translation>
    </message>
    <message>
        <source>no credit in the manifest or the photo</source>
        <translation>không có nguồn ảnh trong tệp kê khai hay trong ảnh</translation>
    </message>
    <message>
        <source>the manifest says {manifest} but the photo&apos;s {source} says {photo}</source>
        <translation>tệp kê khai ghi {manifest} nhưng {source} của ảnh ghi {photo}</translation>
    </message>
    <message>
        <source>{time} falls outside years 1 to 9999 in UTC; is the year right?</source>
        <translation>{time} nằm ngoài các năm 1 đến 9999 theo UTC; năm có đúng không?</translation>
    </message>
    <message>
        <source>{reason}; scale it down</source>
        <translation>{reason}; hãy thu nhỏ ảnh</translation>
    </message>
    <message>
        <source>a {kind} photo with no suffix; other tools may refuse it: rename it to {suffix}</source>
        <translation>ảnh {kind} không có đuôi tệp; các công cụ khác có thể không nhận: hãy đổi thành {suffix}</translation>
    </message>
    <message>
        <source>a {kind} photo named {named}; other tools may refuse it: rename it to {suffix}</source>
        <translation>ảnh {kind} có đuôi {named}; các công cụ khác có thể không nhận: hãy đổi thành {suffix}</translation>
    </message>
    <message>
        <source>the photo&apos;s time {time} has no UTC offset; set the trip&apos;s &apos;timezone&apos; or give the photo a &apos;time&apos;</source>
        <translation>giờ chụp {time} không có độ lệch UTC; hãy đặt &apos;timezone&apos; cho chuyến đi hoặc ghi &apos;time&apos; cho ảnh</translation>
    </message>
    <message>
        <source>no time in the manifest or the photo; it is drawn between its neighbours</source>
        <translation>không có giờ trong tệp kê khai hay trong ảnh; ảnh được đặt giữa các ảnh lân cận</translation>
    </message>
    <message>
        <source>listed after photo {number} ({file}, {time}) but taken earlier ({taken})</source>
        <translation>xếp sau ảnh {number} ({file}, {time}) nhưng chụp sớm hơn ({taken})</translation>
    </message>
    <message>
        <source>the same file as photo {number} ({file})</source>
        <translation>trùng tệp với ảnh {number} ({file})</translation>
    </message>
    <message>
        <source>the same picture as photo {number} ({file}), byte for byte</source>
        <translation>giống hệt ảnh {number} ({file}) đến từng byte</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 lỗi</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} lỗi</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 cảnh báo</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} cảnh báo</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 ảnh</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} ảnh</translation>
    </message>
    <message>
        <source>{source}: {photos} checked: {verdict}</source>
        <translation>{source}: đã kiểm tra {photos}: {verdict}</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>không phát hiện vấn đề nào</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Next photo</source>
        <translation>Ảnh tiếp theo</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Ảnh trước</translation>
    </message>
    <message>
        <source>First photo</source>
        <translation>Ảnh đầu tiên</translation>
    </message>
    <message>
        <source>Last photo</source>
        <translation>Ảnh cuối cùng</translation>
    </message>
    <message>
        <source>Go to that photo</source>
        <translation>Đến ảnh đó</translation>
    </message>
    <message>
        <source>Start the show from the first photo</source>
        <translation>Bắt đầu trình chiếu từ ảnh đầu tiên</translation>
    </message>
    <message>
        <source>Start the show from this photo</source>
        <translation>Bắt đầu trình chiếu từ ảnh này</translation>
    </message>
    <message>
        <source>Presenter view on / off (console + audience)</source>
        <translation>Bật / tắt chế độ người trình bày (bảng điều khiển + khán giả)</translation>
    </message>
    <message>
        <source>Presenter view: swap the two screens</source>
        <translation>Chế độ người trình bày: đổi chỗ hai màn hình</translation>
    </message>
    <message>
        <source>Full screen on / off</source>
        <translation>Bật / tắt toàn màn hình</translation>
    </message>
    <message>
        <source>Close this help, leave zoom, leave full screen</source>
        <translation>Đóng trợ giúp này, thoát phóng to, thoát toàn màn hình</translation>
    </message>
    <message>
        <source>Black screen (again to return)</source>
        <translation>Màn hình đen (nhấn lần nữa để quay lại)</translation>
    </message>
    <message>
        <source>White screen (again to return)</source>
        <translation>Màn hình trắng (nhấn lần nữa để quay lại)</translation>
    </message>
    <message>
        <source>Pause or resume autoplay</source>
        <translation>Tạm dừng hoặc tiếp tục tự động chiếu</translation>
    </message>
    <message>
        <source>Hide or show the timeline strip</source>
        <translation>Ẩn hoặc hiện dải dòng thời gian</translation>
    </message>
    <message>
        <source>Hide or show the route map beside the photo</source>
        <translation>Ẩn hoặc hiện bản đồ hành trình cạnh ảnh</translation>
    </message>
    <message>
        <source>Overview of every photo (Enter picks)</source>
        <translation>Xem tổng quan mọi ảnh (Enter để chọn)</translation>
    </message>
    <message>
        <source>Find a photo by words, place, date or time</source>
        <translation>Tìm ảnh theo từ khóa, địa điểm, ngày hoặc giờ</translation>
    </message>
    <message>
        <source>The photo&apos;s words in full, and where they came from</source>
        <translation>Toàn bộ thông tin của ảnh và nguồn gốc</translation>
    </message>
    <message>
        <source>Show every key</source>
        <translation>Hiện tất cả các phím</translation>
    </message>
    <message>
        <source>Larger caption</source>
        <translation>Chú thích lớn hơn</translation>
    </message>
    <message>
        <source>Smaller caption</source>
        <translation>Chú thích nhỏ hơn</translation>
    </message>
    <message>
        <source>Zoom to the photo&apos;s own pixels (100 %) at the mouse; again: fit</source>
        <translation>Phóng to đúng điểm ảnh gốc (100 %) tại con trỏ; nhấn lần nữa: vừa khung</translation>
    </message>
    <message>
        <source>Zoom in a step, at the mouse</source>
        <translation>Phóng to một nấc, tại con trỏ</translation>
    </message>
    <message>
        <source>Zoom out a step, down to fit</source>
        <translation>Thu nhỏ một nấc, đến vừa khung</translation>
    </message>
    <message>
        <source>Zoomed: back to fit (a 0 after a digit is part of a number)</source>
        <translation>Khi phóng to: trở về vừa khung (số 0 sau một chữ số là một phần của số)</translation>
    </message>
    <message>
        <source>Zoomed: move about the photo (arrows step photos when not zoomed)</source>
        <translation>Khi phóng to: di chuyển trong ảnh (khi không phóng to, phím mũi tên chuyển ảnh)</translation>
    </message>
    <message>
        <source>Pointer: a red dot at the mouse, on the room&apos;s screen too</source>
        <translation>Con trỏ: một chấm đỏ tại chuột, cả trên màn hình của khán phòng</translation>
    </message>
    <message>
        <source>Spotlight: all dimmed but a circle at the mouse</source>
        <translation>Đèn rọi: làm tối mọi thứ trừ một vòng tròn tại chuột</translation>
    </message>
    <message>
        <source>Open a trip (manifest or folder)</source>
        <translation>Mở một chuyến đi (tệp kê khai hoặc thư mục)</translation>
    </message>
    <message>
        <source>Reload the trip from disk now</source>
        <translation>Tải lại chuyến đi từ ổ đĩa ngay</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Export the trip as a PDF handout</source>
        <translation>Xuất chuyến đi thành tài liệu phát tay PDF</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Presenter console — Trip Viewer</source>
        <translation>Bảng điều khiển người trình bày — Trip Viewer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Đổi màn hình</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Trip notes</source>
        <translation>Ghi chú chuyến đi</translation>
    </message>
    <message>
        <source>No notes for this photo or trip.</source>
        <translation>Không có ghi chú cho ảnh hoặc chuyến đi này.</translation>
    </message>
    <message>
        <source>Next · {number} / {count}</source>
        <translation>Tiếp theo · {number} / {count}</translation>
    </message>
    <message>
        <source>Next · end of the trip</source>
        <translation>Tiếp theo · hết chuyến đi</translation>
    </message>
    <message>
        <source>The audience sees a black screen — any key brings the photo back</source>
        <translation>Khán giả đang thấy màn hình đen — nhấn phím bất kỳ để hiện lại ảnh</translation>
    </message>
    <message>
        <source>The audience sees a white screen — any key brings the photo back</source>
        <translation>Khán giả đang thấy màn hình trắng — nhấn phím bất kỳ để hiện lại ảnh</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Autoplay waits: zoomed</source>
        <translation>Tự động chiếu đang chờ: đang phóng to</translation>
    </message>
    <message>
        <source>Autoplay waits for the photo</source>
        <translation>Tự động chiếu đang chờ ảnh</translation>
    </message>
    <message>
        <source>Autoplay ends in {time}</source>
        <translation>Tự động chiếu kết thúc sau {time}</translation>
    </message>
    <message>
        <source>Next photo in {time}</source>
        <translation>Ảnh tiếp theo sau {time}</translation>
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
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>không rõ giờ</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>khoảng</translation>
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
        <translation>Trip Viewer: lỗi không mong muốn</translation>
    </message>
    <message>
        <source>The show goes on. The details are also in {file}.</source>
        <translation>Buổi trình chiếu vẫn tiếp tục. Chi tiết cũng có trong {file}.</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Type words, a place, a date or a time: Opera House, Dong Dang, 26 Feb, 08:</source>
        <translation>Nhập từ khóa, địa điểm, ngày hoặc giờ: Nhà hát Lớn, Đồng Đăng, 26 thg 2, 08:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>Find a photo…</source>
        <translation>Tìm ảnh…</translation>
    </message>
    <message>
        <source>↑ ↓: pick  ·  Enter: go to photo  ·  Escape: back</source>
        <translation>↑ ↓: chọn  ·  Enter: đến ảnh  ·  Esc: quay lại</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 ảnh</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} ảnh</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>■ stop    ● photo    ○ photo placed on the route by its time</source>
        <translation>■ điểm dừng    ● ảnh    ○ ảnh đặt trên hành trình theo giờ chụp</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Ghi chú: {notes}</translation>
    </message>
    <message>
        <source>Photo missing from this handout</source>
        <translation>Ảnh bị thiếu trong tài liệu này</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>trang {page} / {pages}</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 ảnh</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} ảnh</translation>
    </message>
    <message>
        <source>photo {number}, {file}: {reason}; printed as a placeholder on page {page}</source>
        <translation>ảnh {number}, {file}: {reason}; in thành ô trống ở trang {page}</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 trang</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} trang</translation>
    </message>
    <message>
        <source>Wrote {file}: {photos} on {pages}, {paper}</source>
        <translation>Đã ghi {file}: {photos} trên {pages}, khổ {paper}</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>A handout is being written: wait, or cancel it</source>
        <translation>Đang ghi tài liệu phát tay: hãy chờ hoặc hủy</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Xuất tài liệu phát tay</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout of {count} photos</source>
        <translation>Đang ghi tài liệu phát tay gồm {count} ảnh</translation>
    </message>
    <message>
        <source>Handout written: {file} ({pages} pages)</source>
        <translation>Đã ghi tài liệu phát tay: {file} ({pages} trang)</translation>
    </message>
    <message>
        <source>Photo {number}, {file}: {reason} (page {page})</source>
        <translation>Ảnh {number}, {file}: {reason} (trang {page})</translation>
    </message>
    <message>
        <source>The handout {file} is written, but these photos could not be printed and have a marked placeholder instead:</source>
        <translation>Đã ghi tài liệu phát tay {file}, nhưng không in được các ảnh sau; thay vào đó là một ô trống có đánh dấu:</translation>
    </message>
    <message>
        <source>Photos missing from the handout</source>
        <translation>Ảnh bị thiếu trong tài liệu phát tay</translation>
    </message>
    <message>
        <source>Cannot write the handout</source>
        <translation>Không ghi được tài liệu phát tay</translation>
    </message>
    <message>
        <source>Handout cancelled: nothing was written</source>
        <translation>Đã hủy tài liệu phát tay: không ghi gì cả</translation>
    </message>
    <message>
        <source>the handout command ended with status {code}</source>
        <translation>lệnh tạo tài liệu phát tay kết thúc với mã {code}</translation>
    </message>
    <message>
        <source>the handout could not be started ({program}: {reason})</source>
        <translation>không khởi động được việc tạo tài liệu phát tay ({program}: {reason})</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{folder}: not a folder</source>
        <translation>{folder}: không phải thư mục</translation>
    </message>
    <message>
        <source>{folder}: no photos to import ({kinds})</source>
        <translation>{folder}: không có ảnh để nhập ({kinds})</translation>
    </message>
    <message>
        <source>{output}: cannot write the manifest: {reason}</source>
        <translation>{output}: không ghi được tệp kê khai: {reason}</translation>
    </message>
    <message>
        <source>{output}: a manifest can only open photos in or below its own folder; save it in {folder} or a folder above it</source>
        <translation>{output}: tệp kê khai chỉ mở được ảnh trong thư mục của nó hoặc thư mục con; hãy lưu nó trong {folder} hoặc một thư mục cấp trên</translation>
    </message>
    <message>
        <source>{output}: this name is for a photo; name the manifest like trip.yaml</source>
        <translation>{output}: tên này dành cho ảnh; hãy đặt tên tệp kê khai như trip.yaml</translation>
    </message>
    <message>
        <source>{output}: is a folder; give the manifest&apos;s file name, like trip.yaml</source>
        <translation>{output}: là một thư mục; hãy ghi tên tệp kê khai, ví dụ trip.yaml</translation>
    </message>
    <message>
        <source>{output}: already exists; use --force to replace it</source>
        <translation>{output}: đã tồn tại; dùng --force để ghi đè</translation>
    </message>
    <message>
        <source>--timezone: unknown time zone {name}; use an IANA name like Asia/Ho_Chi_Minh</source>
        <translation>--timezone: không rõ múi giờ {name}; hãy dùng tên IANA như Asia/Ho_Chi_Minh</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 ảnh</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} ảnh</translation>
    </message>
    <message>
        <source>{count} without a caption</source>
        <translation>{count} không có chú thích</translation>
    </message>
    <message>
        <source>{count} without a credit</source>
        <translation>{count} không có nguồn ảnh</translation>
    </message>
    <message>
        <source>{count} without a time</source>
        <translation>{count} không có giờ</translation>
    </message>
    <message>
        <source>{count} without a place</source>
        <translation>{count} không có địa điểm</translation>
    </message>
    <message>
        <source>{count} unreadable</source>
        <translation>{count} không đọc được</translation>
    </message>
    <message>
        <source>{count} left out: links out of the manifest&apos;s folder</source>
        <translation>{count} bị bỏ qua: liên kết ra ngoài thư mục của tệp kê khai</translation>
    </message>
    <message>
        <source>{count} with a UTC offset from the GPS position</source>
        <translation>{count} lấy độ lệch UTC theo vị trí GPS</translation>
    </message>
    <message>
        <source>Wrote {file}: {photos}{details}. Run &apos;trip-viewer check {file}&apos; before presenting.</source>
        <translation>Đã ghi {file}: {photos}{details}. Hãy chạy &apos;trip-viewer check {file}&apos; trước khi trình chiếu.</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <source>More below: ↑ ↓, Page Up / Page Down or the wheel to scroll  ·  Escape closes</source>
        <translation>Còn nữa bên dưới: ↑ ↓, Page Up / Page Down hoặc con lăn để cuộn  ·  Esc để đóng</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Con lăn chuột</translation>
    </message>
    <message>
        <source>Previous / next photo (over the strip: zoom; a zoomed photo: pan)</source>
        <translation>Ảnh trước / tiếp theo (trên dải thời gian: thu phóng; ảnh đang phóng to: di chuyển)</translation>
    </message>
    <message>
        <source>Click or drag the strip</source>
        <translation>Nhấp hoặc kéo trên dải thời gian</translation>
    </message>
    <message>
        <source>Jump to a photo</source>
        <translation>Nhảy đến một ảnh</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím tắt</translation>
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
        <translation>Số thứ tự, rồi Enter</translation>
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
        <translation>B hoặc .</translation>
    </message>
    <message>
        <source>W or ,</source>
        <translation>W hoặc ,</translation>
    </message>
    <message>
        <source>Ctrl+F or /</source>
        <translation>Ctrl+F hoặc /</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? hoặc F1</translation>
    </message>
    <message>
        <source>Ctrl+Plus</source>
        <translation>Ctrl+Cộng</translation>
    </message>
    <message>
        <source>Ctrl+Minus</source>
        <translation>Ctrl+Trừ</translation>
    </message>
    <message>
        <source>Z, double-click</source>
        <translation>Z, nhấp đúp</translation>
    </message>
    <message>
        <source>+ or Ctrl+wheel</source>
        <translation>+ hoặc Ctrl+con lăn</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>0 or Escape</source>
        <translation>0 hoặc Esc</translation>
    </message>
    <message>
        <source>Arrows, drag, wheel</source>
        <translation>Phím mũi tên, kéo, con lăn</translation>
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
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>As the System ({language})</source>
        <translation>Theo hệ thống ({language})</translation>
    </message>
    <message>
        <source>{language}: from the next start of Trip Viewer</source>
        <translation>{language}: từ lần khởi động Trip Viewer tiếp theo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Start in Presenter View With &amp;Two Screens</source>
        <translation>Khởi động ở chế độ người trình bày khi có &amp;hai màn hình</translation>
    </message>
    <message>
        <source>Left out of {trip}: {files}</source>
        <translation>Bị bỏ ra khỏi {trip}: {files}</translation>
    </message>
    <message>
        <source>{trip} — Trip Viewer</source>
        <translation>{trip} — Trip Viewer</translation>
    </message>
    <message>
        <source>The route is drawn from the stops instead: {problem}</source>
        <translation>Hành trình được vẽ theo các điểm dừng: {problem}</translation>
    </message>
    <message>
        <source>Reloaded {name}: 1 new photo</source>
        <translation>Đã tải lại {name}: 1 ảnh mới</translation>
    </message>
    <message>
        <source>Reloaded {name}: {count} new photos</source>
        <translation>Đã tải lại {name}: {count} ảnh mới</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;Chuyến đi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Trình chiếu</translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <translation>Chế độ &amp;người trình bày</translation>
    </message>
    <message>
        <source>&amp;Swap Screens</source>
        <translation>&amp;Đổi màn hình</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Toàn màn hình</translation>
    </message>
    <message>
        <source>&amp;Autoplay</source>
        <translation>Tự động &amp;chiếu</translation>
    </message>
    <message>
        <source>Timeline &amp;Strip</source>
        <translation>&amp;Dải thời gian</translation>
    </message>
    <message>
        <source>Route &amp;Map</source>
        <translation>&amp;Bản đồ hành trình</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;Zoom to 100 %</source>
        <translation>&amp;Phóng to 100 %</translation>
    </message>
    <message>
        <source>&amp;Laser Pointer</source>
        <translation>Bút &amp;laser</translation>
    </message>
    <message>
        <source>Sp&amp;otlight</source>
        <translation>Đèn &amp;rọi</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>Xuất tài liệu &amp;phát tay…</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Open a trip</source>
        <translation>Mở một chuyến đi</translation>
    </message>
    <message>
        <source>Trip manifests (*.yaml *.yml);;All files (*)</source>
        <translation>Tệp kê khai chuyến đi (*.yaml *.yml);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Opening {file} …</source>
        <translation>Đang mở {file} …</translation>
    </message>
    <message>
        <source>Cannot open the trip</source>
        <translation>Không mở được chuyến đi</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>No time</source>
        <translation>Không rõ giờ</translation>
    </message>
    <message>
        <source>{time} (approx.)</source>
        <translation>{time} (khoảng)</translation>
    </message>
    <message>
        <source>Arrows: move  ·  Enter: go to photo  ·  Escape: back</source>
        <translation>Phím mũi tên: di chuyển  ·  Enter: đến ảnh  ·  Esc: quay lại</translation>
    </message>
    <message>
        <source>All {count} photos</source>
        <translation>Tất cả {count} ảnh</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 ảnh</translation>
    </message>
</context>
<context>
    <name>PhotoInfo</name>
    <message>
        <source>↑ ↓, Page Up / Page Down or the wheel: scroll  ·  I or Escape: close</source>
        <translation>↑ ↓, Page Up / Page Down hoặc con lăn: cuộn  ·  I hoặc Esc: đóng</translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation>lấy từ {source}</translation>
    </message>
    <message>
        <source>Caption · photo {number} / {count}</source>
        <translation>Chú thích · ảnh {number} / {count}</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Nguồn ảnh</translation>
    </message>
    <message>
        <source>Place and time</source>
        <translation>Địa điểm và thời gian</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Tọa độ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Loading {file} …</source>
        <translation>Đang tải {file} …</translation>
    </message>
    <message>
        <source>Cannot show photo {number}: {file}</source>
        <translation>Không hiển thị được ảnh {number}: {file}</translation>
    </message>
    <message>
        <source>{reason}. The show goes on.</source>
        <translation>{reason}. Buổi trình chiếu vẫn tiếp tục.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Ordering by capture time: {done} / {total} photos read</source>
        <translation>Đang sắp xếp theo giờ chụp: đã đọc {done} / {total} ảnh</translation>
    </message>
    <message>
        <source>Reading the photos {done} / {total}</source>
        <translation>Đang đọc ảnh {done} / {total}</translation>
    </message>
    <message>
        <source>Ordering by capture time …</source>
        <translation>Đang sắp xếp theo giờ chụp …</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <source>photo</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <source>place estimated from its time</source>
        <translation>vị trí ước tính theo giờ chụp</translation>
    </message>
    <message>
        <source>Drawing the map …</source>
        <translation>Đang vẽ bản đồ …</translation>
    </message>
    <message>
        <source>No places in this trip.
Give stops or photos a position (at: [lat, lon]), or use photos with GPS.</source>
        <translation>Chuyến đi này không có địa điểm nào.
Hãy gán tọa độ cho điểm dừng hoặc ảnh (at: [lat, lon]), hoặc dùng ảnh có GPS.</translation>
    </message>
    <message>
        <source>No coastlines: {problem}</source>
        <translation>Không có đường bờ biển: {problem}</translation>
    </message>
    <message>
        <source>Photo {number}: {caption}</source>
        <translation>Ảnh {number}: {caption}</translation>
    </message>
</context>
<context>
    <name>Strip</name>
    <message>
        <source>… and {count} more (zoom in with the wheel)</source>
        <translation>… và {count} ảnh nữa (phóng to bằng con lăn)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>MỚI</translation>
    </message>
    <message>
        <source>Placing the photos on the timeline …</source>
        <translation>Đang xếp ảnh lên dòng thời gian …</translation>
    </message>
    <message>
        <source>Thumbnails {done} / {total}</source>
        <translation>Ảnh thu nhỏ {done} / {total}</translation>
    </message>
</context>
<context>
    <name>Transitions</name>
    <message>
        <source>As Each &amp;Trip Says</source>
        <translation>Theo từng &amp;chuyến đi</translation>
    </message>
    <message>
        <source>Always &amp;Cut</source>
        <translation>Luôn &amp;chuyển thẳng</translation>
    </message>
    <message>
        <source>Always &amp;Fade</source>
        <translation>Luôn &amp;mờ dần</translation>
    </message>
    <message>
        <source>&amp;Transitions</source>
        <translation>Hiệu ứng &amp;chuyển ảnh</translation>
    </message>
    <message>
        <source>Fade in {seconds} s</source>
        <translation>Mờ dần trong {seconds} giây</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Photo {number} cannot be shown, so it cannot be zoomed</source>
        <translation>Không hiển thị được ảnh {number}, nên không thể phóng to</translation>
    </message>
    <message>
        <source>Photo {number} is still loading: it zooms as soon as it is in</source>
        <translation>Ảnh {number} vẫn đang tải: sẽ phóng to ngay khi tải xong</translation>
    </message>
    <message>
        <source>Photo {number} has {megapixels} megapixels: zoom shows it from {share} % of them, to keep memory bounded</source>
        <translation>Ảnh {number} có {megapixels} megapixel: khi phóng to chỉ dùng {share} % số điểm ảnh để tiết kiệm bộ nhớ</translation>
    </message>
    <message>
        <source>Photo {number}&apos;s full pixels cannot be decoded: {reason}</source>
        <translation>Không giải mã được toàn bộ điểm ảnh của ảnh {number}: {reason}</translation>
    </message>
</context>
</TS>
