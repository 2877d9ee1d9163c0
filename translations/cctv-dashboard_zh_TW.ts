<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>the share token must be at least %1 characters long (128 bits), this one has %2</source>
        <translation>分享權杖至少需要 %1 個字元（128 位元），這個只有 %2 個</translation>
    </message>
    <message>
        <source>the share token may hold only letters, digits and punctuation other than ; , &quot; and \</source>
        <translation>分享權杖只能包含字母、數字，以及 ; , &quot; \ 以外的標點符號</translation>
    </message>
</context>
<context>
    <name>CameraConfig</name>
    <message>
        <source>camera &quot;%1&quot; has no valid URL</source>
        <translation>攝影機「%1」沒有有效的網址</translation>
    </message>
    <message>
        <source>camera &quot;%1&quot; has no valid sub stream URL</source>
        <translation>攝影機「%1」的子串流 URL 無效</translation>
    </message>
</context>
<context>
    <name>CameraDetails</name>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近的錯誤</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>串流</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>位元率</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>解碼</translation>
    </message>
    <message>
        <source>Last picture</source>
        <translation>最新畫面</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>畫面數</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已捨棄</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>重新連線</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>觀看者</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>No camera selected. Choose one in the camera list or click a tile.</source>
        <translation>尚未選擇攝影機。請在攝影機清單中選擇，或按一下畫格。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚不明</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未測量</translation>
    </message>
    <message>
        <source>%1 per picture</source>
        <translation>每個畫面 %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚無</translation>
    </message>
    <message>
        <source>Sub stream</source>
        <translation>子串流</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>e.g. Front door</source>
        <translation>例如：大門</translation>
    </message>
    <message>
        <source>Camera name</source>
        <translation>攝影機名稱</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation>新增攝影機</translation>
    </message>
    <message>
        <source>Kind of camera</source>
        <translation>攝影機類型</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Test picture</source>
        <translation>測試畫面</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K):</translation>
    </message>
    <message>
        <source>Edit camera</source>
        <translation>編輯攝影機</translation>
    </message>
    <message>
        <source>Give the camera a name.</source>
        <translation>請為攝影機命名。</translation>
    </message>
    <message>
        <source>There is already a camera called &quot;%1&quot;.</source>
        <translation>已經有名為「%1」的攝影機。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>取消測試(&amp;T)</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>已取消測試。</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>沒有畫面</translation>
    </message>
    <message>
        <source>Does not work: %1</source>
        <translation>無法連線：%1</translation>
    </message>
    <message>
        <source>Testing %1 before saving…</source>
        <translation>儲存前正在測試 %1…</translation>
    </message>
    <message>
        <source>Save camera</source>
        <translation>儲存攝影機</translation>
    </message>
    <message>
        <source>The connection test failed: %1

Save the camera anyway? It will keep trying, and after a wrong password only every few minutes.</source>
        <translation>連線測試失敗：%1

仍要儲存攝影機嗎？程式會繼續嘗試連線，但密碼錯誤時每隔幾分鐘才會再試。</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>仍要儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>繼續編輯(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Find cameras…</source>
        <translation>尋找攝影機(&amp;F)…</translation>
    </message>
    <message>
        <source>The ONVIF cameras on the local networks: no stream address to know</source>
        <translation>區域網路上的 ONVIF 攝影機：不必知道串流位址</translation>
    </message>
    <message>
        <source>Sub stream test picture</source>
        <translation>子串流測試畫面</translation>
    </message>
    <message>
        <source>optional, e.g. rtsp://192.0.2.10/stream2</source>
        <translation>選填，例如 rtsp://192.0.2.10/stream2</translation>
    </message>
    <message>
        <source>Sub stream address</source>
        <translation>子串流位址</translation>
    </message>
    <message>
        <source>S&amp;ub stream:</source>
        <translation>子串流(&amp;U)：</translation>
    </message>
    <message>
        <source>The sub stream address is not an address.</source>
        <translation>子串流位址不是有效的位址。</translation>
    </message>
    <message>
        <source>The sub stream address is of no kind of camera this program reads.</source>
        <translation>子串流位址不屬於本程式能讀取的攝影機類型。</translation>
    </message>
    <message>
        <source>Sub stream: %1</source>
        <translation>子串流：%1</translation>
    </message>
    <message>
        <source>Works: main stream %1; sub stream %2.</source>
        <translation>可以使用：主串流 %1；子串流 %2。</translation>
    </message>
    <message>
        <source>Works: %1.</source>
        <translation>可以使用：%1。</translation>
    </message>
    <message>
        <source>the sub stream: %1</source>
        <translation>子串流：%1</translation>
    </message>
    <message>
        <source>Most IP cameras send a second, smaller stream beside the main one. Without a user name of its own it uses the main address&apos;s, on the same camera only.</source>
        <translation>大多數 IP 攝影機除了主串流外，還會傳送第二個較小的串流。若未填寫自己的使用者名稱，就使用主位址的（僅限同一台攝影機）。</translation>
    </message>
</context>
<context>
    <name>CameraFigures</name>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分鐘前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小時前</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1（示範）</translation>
    </message>
</context>
<context>
    <name>CameraFinder</name>
    <message>
        <source>&amp;Search again</source>
        <translation>再次搜尋(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use this camera</source>
        <translation>使用這台攝影機(&amp;U)</translation>
    </message>
    <message>
        <source>Find cameras</source>
        <translation>尋找攝影機</translation>
    </message>
    <message>
        <source>Cameras found</source>
        <translation>找到的攝影機</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>搜尋狀態</translation>
    </message>
    <message>
        <source>Camera to ask</source>
        <translation>要詢問的攝影機</translation>
    </message>
    <message>
        <source>e.g. 192.168.2.30, for a camera on another network</source>
        <translation>例如 192.168.2.30（其他網路上的攝影機）</translation>
    </message>
    <message>
        <source>&amp;Ask an address:</source>
        <translation>詢問位址(&amp;A)：</translation>
    </message>
    <message>
        <source>Searching the local networks…</source>
        <translation>正在搜尋區域網路…</translation>
    </message>
    <message>
        <source>Unnamed camera</source>
        <translation>未命名的攝影機</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>already added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>No camera answered. Cameras on another network (or where multicast is blocked) can be asked by address.</source>
        <translation>沒有攝影機回應。其他網路上（或封鎖多點傳送之處）的攝影機可以用位址詢問。</translation>
    </message>
    <message>
        <source>Cameras found: %1</source>
        <translation>找到的攝影機：%1 台</translation>
    </message>
</context>
<context>
    <name>CameraGrid</name>
    <message>
        <source>Add your first camera</source>
        <translation>新增第一台攝影機</translation>
    </message>
    <message>
        <source>+  Add camera</source>
        <translation>+  新增攝影機</translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation>新增攝影機</translation>
    </message>
</context>
<context>
    <name>CameraKind</name>
    <message>
        <source>no host in the camera address</source>
        <translation>攝影機位址中沒有主機</translation>
    </message>
    <message>
        <source>not a valid camera address</source>
        <translation>不是有效的攝影機位址</translation>
    </message>
    <message>
        <source>not an address for this kind of camera (%1)</source>
        <translation>不是此類攝影機的位址 (%1)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U):</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
</context>
<context>
    <name>CameraList</name>
    <message>
        <source>Filter cameras</source>
        <translation>篩選攝影機</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>攝影機</translation>
    </message>
</context>
<context>
    <name>CameraListModel</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>已分享</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>未分享</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>攝影機</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>分享</translation>
    </message>
</context>
<context>
    <name>CameraMenu</name>
    <message>
        <source>&amp;Maximize</source>
        <translation>最大化(&amp;M)</translation>
    </message>
    <message>
        <source>Switched &amp;on</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;hared to browsers</source>
        <translation>分享到瀏覽器(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Link and QR code…</source>
        <translation>連結與 QR 碼(&amp;L)…</translation>
    </message>
    <message>
        <source>Save &amp;snapshot</source>
        <translation>儲存快照(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>立即重試(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;tream shown</source>
        <translation>顯示的串流(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Automatic, by tile size</source>
        <translation>自動，依畫格大小(&amp;A)</translation>
    </message>
    <message>
        <source>Always the &amp;main stream</source>
        <translation>一律使用主串流(&amp;M)</translation>
    </message>
    <message>
        <source>Always the &amp;sub stream</source>
        <translation>一律使用子串流(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CameraState</name>
    <message>
        <source>off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <source>live</source>
        <translation>即時</translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation>重新連線中…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>CameraTile</name>
    <message>
        <source>On</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>連結…</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>更多動作</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>攝影機 %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Switch %1 off</source>
        <translation>關閉 %1</translation>
    </message>
    <message>
        <source>Switch %1 on</source>
        <translation>開啟 %1</translation>
    </message>
    <message>
        <source>Stop sharing %1</source>
        <translation>停止分享 %1</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>分享 %1</translation>
    </message>
    <message>
        <source>Share this camera to browsers</source>
        <translation>將此攝影機分享到瀏覽器</translation>
    </message>
    <message>
        <source>Address and QR code of %1</source>
        <translation>%1 的位址與 QR 碼</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>攝影機已關閉</translation>
    </message>
    <message>
        <source>last picture %1</source>
        <translation>最後畫面：%1</translation>
    </message>
    <message>
        <source>decode %1 ms</source>
        <translation>解碼 %1 ms</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>丟棄 %1</translation>
    </message>
    <message>
        <source>1 viewer</source>
        <translation>觀看者 1 位</translation>
    </message>
    <message>
        <source>%1 viewers</source>
        <translation>觀看者 %1 位</translation>
    </message>
    <message>
        <source>%1 fps sent</source>
        <translation>送出 %1 fps</translation>
    </message>
    <message>
        <source>1 reconnect</source>
        <translation>重新連線 1 次</translation>
    </message>
    <message>
        <source>%1 reconnects</source>
        <translation>重新連線 %1 次</translation>
    </message>
    <message>
        <source>Edit camera…</source>
        <translation>編輯攝影機…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>main stream</source>
        <translation>主串流</translation>
    </message>
    <message>
        <source>sub stream</source>
        <translation>子串流</translation>
    </message>
    <message>
        <source>HD unavailable: %1</source>
        <translation>HD 無法使用：%1</translation>
    </message>
    <message>
        <source>Main stream: %1</source>
        <translation>主串流：%1</translation>
    </message>
    <message>
        <source>Sub stream: %1</source>
        <translation>子串流：%1</translation>
    </message>
    <message>
        <source>closed while nobody needs it</source>
        <translation>無人需要，已關閉</translation>
    </message>
</context>
<context>
    <name>CertificateTrust</name>
    <message>
        <source>%1; to trust this camera&apos;s own certificate, add ?trust=%2 to its address</source>
        <translation>%1；若要信任這台攝影機自己的憑證，請在位址加上 ?trust=%2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Watch many cameras on one screen and share them to browsers.</source>
        <translation>在一個畫面上觀看多台攝影機，並分享到瀏覽器。</translation>
    </message>
    <message>
        <source>Configuration file.</source>
        <translation>設定檔。</translation>
    </message>
    <message>
        <source>Add a camera for this run only.</source>
        <translation>僅在本次執行中新增攝影機。</translation>
    </message>
    <message>
        <source>Add demo cameras.</source>
        <translation>新增示範攝影機。</translation>
    </message>
    <message>
        <source>No window: run cameras and the share server until SIGINT or SIGTERM.</source>
        <translation>無視窗：執行攝影機與分享伺服器，直到收到 SIGINT 或 SIGTERM。</translation>
    </message>
    <message>
        <source>Address of the share server (default 127.0.0.1).</source>
        <translation>分享伺服器的位址（預設 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Port of the share server (default 8088, 0 picks a free one).</source>
        <translation>分享伺服器的連接埠（預設 8088，0 表示自動選擇可用連接埠）。</translation>
    </message>
    <message>
        <source>Share every camera of this run.</source>
        <translation>分享本次執行的所有攝影機。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>非預期的參數「%1」</translation>
    </message>
    <message>
        <source>--share-port needs a number from 0 to 65535</source>
        <translation>--share-port 需要 0 到 65535 之間的數字</translation>
    </message>
    <message>
        <source>--camera needs a URL</source>
        <translation>--camera 需要網址</translation>
    </message>
    <message>
        <source>Language of the interface (%1; default: the system&apos;s).</source>
        <translation>介面語言（%1；預設為系統語言）。</translation>
    </message>
    <message>
        <source>Admin token for clients not on this machine (at least 22 characters).</source>
        <translation>供本機以外用戶端使用的管理權杖（至少 22 個字元）。</translation>
    </message>
    <message>
        <source>Clients on this machine need the token too (for tunnels and proxies).</source>
        <translation>本機上的用戶端也需要權杖（適用於通道與代理伺服器）。</translation>
    </message>
    <message>
        <source>Make a new admin token and save it (the old one stops working).</source>
        <translation>產生新的管理權杖並儲存（舊的權杖隨即失效）。</translation>
    </message>
    <message>
        <source>Print the ONVIF devices that answer on the local networks, one per line (name, model, device service address), then exit.</source>
        <translation>列出在區域網路上回應的 ONVIF 裝置，每行一台（名稱、型號、裝置服務位址），然後結束。</translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>檔案太大</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>檔案中沒有 JSON 物件</translation>
    </message>
    <message>
        <source>written by a newer version (%1)</source>
        <translation>由較新的版本（%1）寫入</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it was kept as %3</source>
        <translation>無法讀取 %1（%2）；已保留為 %3</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>no picture within %1 s</source>
        <translation>%1 秒內沒有收到畫面</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>&amp;Path:</source>
        <translation>路徑(&amp;P):</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>檔案或資料夾</translation>
    </message>
    <message>
        <source>a video file, or a folder of JPEG pictures</source>
        <translation>影片檔，或 JPEG 圖片資料夾</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.avi *.ts *.webm);;All files (*)</source>
        <translation>影片 (*.mp4 *.mkv *.mov *.avi *.ts *.webm);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Pictures per &amp;second:</source>
        <translation>每秒畫面數(&amp;S):</translation>
    </message>
    <message>
        <source>Pictures per second</source>
        <translation>每秒畫面數</translation>
    </message>
    <message>
        <source>How fast a folder of pictures is shown; a video plays at its own rate.</source>
        <translation>顯示圖片資料夾的速度；影片會以原本的速度播放。</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>預設 (%1)</translation>
    </message>
    <message>
        <source>choose a video file or a folder of pictures</source>
        <translation>請選擇影片檔或圖片資料夾</translation>
    </message>
    <message>
        <source>Video file or folder of pictures</source>
        <translation>影片檔或圖片資料夾</translation>
    </message>
</context>
<context>
    <name>HttpKind</name>
    <message>
        <source>&amp;Address:</source>
        <translation>位址(&amp;A):</translation>
    </message>
    <message>
        <source>Stream address</source>
        <translation>串流位址</translation>
    </message>
    <message>
        <source>http://camera/video.mjpg</source>
        <translation>http://camera/video.mjpg</translation>
    </message>
    <message>
        <source>HTTP MJPEG stream</source>
        <translation>HTTP MJPEG 串流</translation>
    </message>
</context>
<context>
    <name>HttpMjpegSource</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒內沒有回應</translation>
    </message>
    <message>
        <source>no complete picture within %1 s</source>
        <translation>%1 秒內沒有收到完整畫面</translation>
    </message>
    <message>
        <source>the camera sends %1, not MJPEG</source>
        <translation>攝影機傳送的是 %1，不是 MJPEG</translation>
    </message>
    <message>
        <source>picture larger than 16 MiB</source>
        <translation>畫面大於 16 MiB</translation>
    </message>
    <message>
        <source>the stream holds no JPEG pictures</source>
        <translation>串流中沒有 JPEG 圖片</translation>
    </message>
    <message>
        <source>the camera ended the stream</source>
        <translation>攝影機結束了串流</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>回應為空</translation>
    </message>
    <message>
        <source>the answer is not a JPEG picture</source>
        <translation>回應不是 JPEG 圖片</translation>
    </message>
    <message>
        <source>the camera asks for a user name and password</source>
        <translation>攝影機要求使用者名稱與密碼</translation>
    </message>
    <message>
        <source>access denied (HTTP 403)</source>
        <translation>存取遭拒（HTTP 403）</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the camera closed the connection</source>
        <translation>攝影機關閉了連線</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>連線遭拒</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主機</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>安全連線失敗</translation>
    </message>
    <message>
        <source>not an HTTP camera</source>
        <translation>不是 HTTP 攝影機</translation>
    </message>
    <message>
        <source>no valid HTTP answer</source>
        <translation>沒有有效的 HTTP 回應</translation>
    </message>
    <message>
        <source>secure connection failed (%1)</source>
        <translation>安全連線失敗（%1）</translation>
    </message>
    <message>
        <source>the camera redirected to %1, which asks for a password: the camera&apos;s password is only sent to the camera&apos;s own address</source>
        <translation>攝影機重新導向至 %1，而該處要求密碼：攝影機的密碼只會傳送到攝影機本身的位址</translation>
    </message>
</context>
<context>
    <name>JpegCodec</name>
    <message>
        <source>picture too large: %1×%2 (at most %3×%3 and %4 megapixels)</source>
        <translation>畫面過大：%1×%2（上限為 %3×%3 及 %4 百萬像素）</translation>
    </message>
</context>
<context>
    <name>JpegFolderSource</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>資料夾 %1 不存在</translation>
    </message>
    <message>
        <source>no readable JPEG files in %1</source>
        <translation>%1 中沒有可讀取的 JPEG 檔案</translation>
    </message>
</context>
<context>
    <name>JpegMessageStream</name>
    <message>
        <source>unreadable JPEG header</source>
        <translation>無法讀取 JPEG 標頭</translation>
    </message>
</context>
<context>
    <name>KindForm</name>
    <message>
        <source>&amp;File…</source>
        <translation>檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>資料夾(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>LibavSource</name>
    <message>
        <source>a folder, not a video file</source>
        <translation>這是資料夾，不是影片檔</translation>
    </message>
    <message>
        <source>no video stream</source>
        <translation>沒有視訊串流</translation>
    </message>
    <message>
        <source>no decoder for %1</source>
        <translation>沒有 %1 的解碼器</translation>
    </message>
    <message>
        <source>no picture in the file</source>
        <translation>檔案中沒有畫面</translation>
    </message>
    <message>
        <source>the camera redirected to %1: its password is only sent to the camera&apos;s own address</source>
        <translation>攝影機重新導向至 %1：密碼只會傳送到攝影機本身的位址</translation>
    </message>
    <message>
        <source>secure connection failed (%1)</source>
        <translation>安全連線失敗（%1）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CCTV Dashboard</source>
        <translation>CCTV 監控面板</translation>
    </message>
    <message>
        <source>Shared camera addresses</source>
        <translation>分享中的攝影機位址</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>快照已儲存到 %1</translation>
    </message>
    <message>
        <source>Snapshot not saved: %1</source>
        <translation>未能儲存快照：%1</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>攝影機</translation>
    </message>
    <message>
        <source>&amp;Add camera…</source>
        <translation>新增攝影機(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a camera (%1)</source>
        <translation>新增攝影機（%1）</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版面配置</translation>
    </message>
    <message>
        <source>Automatic layout</source>
        <translation>自動版面</translation>
    </message>
    <message>
        <source>%1×%1 grid</source>
        <translation>%1×%1 格狀</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一頁（Page Up）</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一頁（Page Down）</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已新增 %1</translation>
    </message>
    <message>
        <source>Remove camera</source>
        <translation>移除攝影機</translation>
    </message>
    <message>
        <source>Remove %1 from the dashboard?</source>
        <translation>要從監控面板移除 %1 嗎？</translation>
    </message>
    <message>
        <source>Sharing is off</source>
        <translation>分享已關閉</translation>
    </message>
    <message>
        <source>No camera is shared. Press Share on a tile to publish it at %1</source>
        <translation>沒有分享中的攝影機。按下畫格上的「分享」即可在 %1 公開</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Exit &amp;full screen</source>
        <translation>離開全螢幕(&amp;F)</translation>
    </message>
    <message>
        <source>Press F11 to leave full screen</source>
        <translation>按 F11 離開全螢幕</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一頁(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一頁(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CCTV Dashboard</source>
        <translation>關於 CCTV 監控面板(&amp;A)</translation>
    </message>
    <message>
        <source>About CCTV Dashboard</source>
        <translation>關於 CCTV 監控面板</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CCTV Dashboard %1&lt;/h3&gt;&lt;p&gt;Watch many cameras on one screen and share them to browsers.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the CCTV Dashboard authors. All rights reserved; the libraries below are under their own licences (see the LICENSE file).&lt;/p&gt;&lt;p&gt;Running on %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CCTV 監控面板 %1&lt;/h3&gt;&lt;p&gt;在一個畫面上觀看多台攝影機，並分享到瀏覽器。&lt;/p&gt;&lt;p&gt;Copyright © 2026 the CCTV Dashboard authors. All rights reserved. 下列函式庫各依其授權條款 (請見 LICENSE 檔案)。&lt;/p&gt;&lt;p&gt;執行於 %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>&amp;Cameras</source>
        <translation>攝影機(&amp;C)</translation>
    </message>
    <message>
        <source>The demo cameras are gone: from now on the dashboard shows your cameras.</source>
        <translation>示範攝影機已移除：從現在起面板會顯示您的攝影機。</translation>
    </message>
    <message>
        <source>These are demo cameras. Add your own with Add camera (Ctrl+N): the demos make way for it.</source>
        <translation>這些是示範攝影機。用「新增攝影機」（Ctrl+N）加入您自己的攝影機，示範攝影機便會讓位。</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
    <message numerus="yes">
        <source>Shared (%n): %1 at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation>
            <numerusform>分享中（%n）：%1 — &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Saved. The share server&apos;s address, port and rule, and the language, change at the next start.</source>
        <translation>已儲存。分享伺服器的位址、連接埠、規則與語言會在下次啟動時變更。</translation>
    </message>
</context>
<context>
    <name>MjpegParser</name>
    <message>
        <source>the boundary is made of dashes only</source>
        <translation>分界（boundary）只有破折號</translation>
    </message>
    <message>
        <source>no boundary found</source>
        <translation>找不到分界（boundary）</translation>
    </message>
    <message>
        <source>part header line too long</source>
        <translation>分段標頭行過長</translation>
    </message>
    <message>
        <source>too many part headers</source>
        <translation>分段標頭過多</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>Content-Length 無效</translation>
    </message>
    <message>
        <source>part larger than %1</source>
        <translation>分段大於 %1</translation>
    </message>
</context>
<context>
    <name>Onvif</name>
    <message>
        <source>the answer is not SOAP</source>
        <translation>回應不是 SOAP</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>回應是空的</translation>
    </message>
</context>
<context>
    <name>OnvifClient</name>
    <message>
        <source>%1 sent an answer larger than %2 MiB</source>
        <translation>%1 傳來超過 %2 MiB 的回應</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 在 %2 秒內沒有回應</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <translation>無法連線到 %1（%2）</translation>
    </message>
    <message>
        <source>the camera needs a user name and password</source>
        <translation>攝影機需要使用者名稱和密碼</translation>
    </message>
    <message>
        <source>the camera refused the user name or password</source>
        <translation>攝影機拒絕了使用者名稱或密碼</translation>
    </message>
    <message>
        <source>%1 answered, but not as an ONVIF device: %2</source>
        <translation>%1 有回應，但不是 ONVIF 裝置的回應：%2</translation>
    </message>
    <message>
        <source>the camera lists no video profile</source>
        <translation>攝影機沒有列出任何影像設定檔</translation>
    </message>
    <message>
        <source>the camera gives no RTSP address for any profile</source>
        <translation>攝影機沒有為任何設定檔提供 RTSP 位址</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>the camera refused the user name or password; its clock is %1 ahead of this computer&apos;s, which makes some cameras refuse any password: set its time (or NTP) and try again</source>
        <translation>攝影機拒絕了使用者名稱或密碼；它的時鐘比這台電腦快 %1，這會讓某些攝影機拒絕任何密碼：請設定它的時間（或 NTP）後再試一次</translation>
    </message>
    <message>
        <source>the camera refused the user name or password; its clock is %1 behind this computer&apos;s, which makes some cameras refuse any password: set its time (or NTP) and try again</source>
        <translation>攝影機拒絕了使用者名稱或密碼；它的時鐘比這台電腦慢 %1，這會讓某些攝影機拒絕任何密碼：請設定它的時間（或 NTP）後再試一次</translation>
    </message>
</context>
<context>
    <name>OnvifDiscovery</name>
    <message>
        <source>cannot open a UDP socket: %1</source>
        <translation>無法開啟 UDP 通訊端：%1</translation>
    </message>
</context>
<context>
    <name>OnvifKind</name>
    <message>
        <source>&amp;Address:</source>
        <translation>位址(&amp;A):</translation>
    </message>
    <message>
        <source>Camera address</source>
        <translation>攝影機位址</translation>
    </message>
    <message>
        <source>192.168.1.20 or onvif://…</source>
        <translation>192.168.1.20 或 onvif://…</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P):</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>The port of the camera&apos;s web services (80 on most cameras)</source>
        <translation>攝影機 Web 服務的連接埠（大多數攝影機為 80）</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>設定檔(&amp;R):</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>the largest (main stream)</source>
        <translation>最大的（主串流）</translation>
    </message>
    <message>
        <source>The token of the camera&apos;s media profile to show; empty: the largest</source>
        <translation>要顯示的攝影機媒體設定檔的權杖；空白表示最大的</translation>
    </message>
    <message>
        <source>enter the camera&apos;s address (its host name or IP address)</source>
        <translation>請輸入攝影機的位址（主機名稱或 IP 位址）</translation>
    </message>
    <message>
        <source>ONVIF camera</source>
        <translation>ONVIF 攝影機</translation>
    </message>
</context>
<context>
    <name>OnvifSource</name>
    <message>
        <source>the camera gives no RTSP address</source>
        <translation>攝影機沒有提供 RTSP 位址</translation>
    </message>
    <message>
        <source>the camera has no profile &quot;%1&quot;</source>
        <translation>攝影機沒有設定檔「%1」</translation>
    </message>
</context>
<context>
    <name>PushKind</name>
    <message>
        <source>&amp;Sender&apos;s name:</source>
        <translation>傳送端名稱(&amp;S):</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>傳送端名稱</translation>
    </message>
    <message>
        <source>e.g. porch</source>
        <translation>例如 porch</translation>
    </message>
    <message>
        <source>A sender pushes this camera&apos;s pictures to /ws/video/NAME/ on the share server.</source>
        <translation>傳送端會把這台攝影機的畫面推送到分享伺服器的 /ws/video/NAME/。</translation>
    </message>
    <message>
        <source>a push camera needs a name of lowercase letters, digits and dashes (push:NAME)</source>
        <translation>推送攝影機需要由小寫字母、數字和連字號組成的名稱 (push:NAME)</translation>
    </message>
    <message>
        <source>nothing can push pictures in this program</source>
        <translation>此程式中沒有可推送畫面的來源</translation>
    </message>
    <message>
        <source>Pictures pushed to this program</source>
        <translation>推送到本程式的畫面</translation>
    </message>
</context>
<context>
    <name>PushSource</name>
    <message>
        <source>the sender went away</source>
        <translation>傳送端已離開</translation>
    </message>
</context>
<context>
    <name>RtspKind</name>
    <message>
        <source>RTSP camera</source>
        <translation>RTSP 攝影機</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>位址(&amp;A):</translation>
    </message>
    <message>
        <source>Camera address</source>
        <translation>攝影機位址</translation>
    </message>
    <message>
        <source>192.168.1.20 or rtsp://…</source>
        <translation>192.168.1.20 或 rtsp://…</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P):</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>路徑(&amp;H):</translation>
    </message>
    <message>
        <source>Stream path</source>
        <translation>串流路徑</translation>
    </message>
    <message>
        <source>e.g. /stream1</source>
        <translation>例如：/stream1</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>傳輸方式(&amp;R):</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>傳輸方式</translation>
    </message>
    <message>
        <source>TCP (reliable)</source>
        <translation>TCP（可靠）</translation>
    </message>
    <message>
        <source>UDP (lower delay)</source>
        <translation>UDP（低延遲）</translation>
    </message>
    <message>
        <source>enter the camera&apos;s address (its host name or IP address)</source>
        <translation>請輸入攝影機的位址（主機名稱或 IP 位址）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定頁面</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>Share server (at the next start)</source>
        <translation>分享伺服器（下次啟動起）</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>僅限這台電腦</translation>
    </message>
    <message>
        <source>Every network of this computer</source>
        <translation>這台電腦的所有網路</translation>
    </message>
    <message>
        <source>This network address: %1</source>
        <translation>此網路位址：%1</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任一可用連接埠</translation>
    </message>
    <message>
        <source>Ask for a view link or the admin token on this computer too</source>
        <translation>這台電腦也需要檢視連結或管理權杖</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>接聽位址(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>The command line&apos;s --share-bind, --share-port and --share-require-token win over these.</source>
        <translation>命令列的 --share-bind、--share-port 與 --share-require-token 優先於這些設定。</translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation>管理權杖</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>顯示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the admin token</source>
        <translation>複製管理權杖</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>新權杖(&amp;N)…</translation>
    </message>
    <message>
        <source>It opens everything: every camera, switching them, making links. Give others a view link instead; make a new token if it may have leaked.</source>
        <translation>它能開啟一切：所有攝影機、開關攝影機、建立連結。請改給他人檢視連結；若可能外洩，請建立新權杖。</translation>
    </message>
    <message>
        <source>It opens everything: every camera, switching them, making links. This run&apos;s token comes from the command line (--share-token).</source>
        <translation>它能開啟一切：所有攝影機、開關攝影機、建立連結。本次執行的權杖來自命令列（--share-token）。</translation>
    </message>
    <message>
        <source>View links</source>
        <translation>檢視連結</translation>
    </message>
    <message>
        <source>Make a link in a camera&apos;s Link… dialog: it opens that camera only, until it expires or is revoked here.</source>
        <translation>在攝影機的「連結…」對話框建立連結：它只能開啟該攝影機，直到過期或在此撤銷。</translation>
    </message>
    <message>
        <source>The share server is not running in this window: sharing is off.</source>
        <translation>此視窗的分享伺服器未執行：分享已關閉。</translation>
    </message>
    <message>
        <source>Dark (suits video)</source>
        <translation>深色（適合影像）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>系統語言（%1）</translation>
    </message>
    <message>
        <source>The camera&apos;s &amp;name and state</source>
        <translation>攝影機名稱與狀態(&amp;N)</translation>
    </message>
    <message>
        <source>The &amp;frame rate and size</source>
        <translation>影格速率與大小(&amp;F)</translation>
    </message>
    <message>
        <source>The &amp;time of the picture</source>
        <translation>畫面的時間(&amp;T)</translation>
    </message>
    <message>
        <source>Many IP cameras print their own name and time into the picture. A camera that is not live says why on its tile whatever is chosen here.</source>
        <translation>許多 IP 攝影機會把自己的名稱與時間印在畫面上。非即時的攝影機無論此處如何選擇，都會在畫格上說明原因。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <source>Over the pictures:</source>
        <translation>畫面上顯示：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>The theme and the overlay change at once; the language at the next start.</source>
        <translation>主題與畫面上的顯示會立即變更；語言在下次啟動時變更。</translation>
    </message>
    <message>
        <source>Other devices on the network can reach the server. They still need a view link or the admin token; to reach it from the internet, put a reverse proxy with HTTPS in front of it.</source>
        <translation>網路上的其他裝置可以連到伺服器，但仍需要檢視連結或管理權杖；若要從網際網路連線，請在前面放置使用 HTTPS 的反向代理。</translation>
    </message>
    <message>
        <source>…fading a few seconds after the camera went live, back under the pointer</source>
        <translation>…攝影機即時播放數秒後淡出，游標移上時再顯示</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share %1</source>
        <translation>分享 %1</translation>
    </message>
    <message>
        <source>Share address</source>
        <translation>分享位址</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the share address</source>
        <translation>複製分享位址</translation>
    </message>
    <message>
        <source>QR code of the share address</source>
        <translation>分享位址的 QR 碼</translation>
    </message>
    <message>
        <source>for 1 hour</source>
        <translation>有效 1 小時</translation>
    </message>
    <message>
        <source>for 1 day</source>
        <translation>有效 1 天</translation>
    </message>
    <message>
        <source>for 1 week</source>
        <translation>有效 1 週</translation>
    </message>
    <message>
        <source>until revoked</source>
        <translation>直到撤銷為止</translation>
    </message>
    <message>
        <source>How long the link works</source>
        <translation>連結的有效期間</translation>
    </message>
    <message>
        <source>&amp;Make link</source>
        <translation>建立連結(&amp;M)</translation>
    </message>
    <message>
        <source>A link that opens this camera only,</source>
        <translation>只開啟這台攝影機的連結，</translation>
    </message>
    <message>
        <source>Links made</source>
        <translation>已建立的連結</translation>
    </message>
    <message>
        <source>Whoever has a link can watch this camera until the link expires or you revoke it, and nothing else: no other camera, no settings.</source>
        <translation>持有連結的人可以觀看這台攝影機，直到連結到期或您撤銷為止，除此之外什麼都不能做：看不到其他攝影機，也無法變更設定。</translation>
    </message>
    <message>
        <source>New &amp;admin token…</source>
        <translation>新的管理權杖(&amp;A)…</translation>
    </message>
    <message>
        <source>The admin token opens everything (all cameras, switching them, making links). Make a new one if it may have leaked.</source>
        <translation>管理權杖可以做任何事（所有攝影機、開關攝影機、建立連結）。若可能已外洩，請產生新的權杖。</translation>
    </message>
    <message>
        <source>Too many links: revoke some first.</source>
        <translation>連結太多：請先撤銷一些。</translation>
    </message>
    <message>
        <source>New admin token</source>
        <translation>新的管理權杖</translation>
    </message>
    <message>
        <source>Every browser and script that uses the admin token will need the new one, and pages and streams opened with it end now. View links keep working.</source>
        <translation>所有使用管理權杖的瀏覽器與指令碼都需要新的權杖，用舊權杖開啟的頁面與串流會立即結束。觀看連結仍可繼續使用。</translation>
    </message>
    <message>
        <source>Make a new token</source>
        <translation>產生新的權杖</translation>
    </message>
    <message>
        <source>Only this computer can reach the share server: a phone cannot open these addresses. To watch from other devices, let the server listen on the network (Settings, from the next start) or serve it through a reverse proxy.</source>
        <translation>只有這台電腦能連到分享伺服器：手機無法開啟這些位址。若要在其他裝置上觀看，請讓伺服器在網路上接聽（設定，下次啟動起），或透過反向代理提供。</translation>
    </message>
    <message>
        <source>Serve on the &amp;network…</source>
        <translation>在網路上提供(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ShareServer</name>
    <message>
        <source>the share server is already running</source>
        <translation>分享伺服器已在執行</translation>
    </message>
    <message>
        <source>refusing to share on %1 without an access token</source>
        <translation>沒有存取權杖時拒絕在 %1 上分享</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>無法在 %1:%2 上監聽：%3</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>there is no picture yet</source>
        <translation>尚無畫面</translation>
    </message>
</context>
<context>
    <name>SourceError</name>
    <message>
        <source>invalid camera address</source>
        <translation>攝影機位址無效</translation>
    </message>
    <message>
        <source>camera unreachable</source>
        <translation>無法連上攝影機</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>驗證失敗</translation>
    </message>
    <message>
        <source>stream not found</source>
        <translation>找不到串流</translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation>不支援的格式</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>裝置使用中</translation>
    </message>
    <message>
        <source>device missing</source>
        <translation>找不到裝置</translation>
    </message>
    <message>
        <source>stream ended</source>
        <translation>串流已結束</translation>
    </message>
    <message>
        <source>no picture (stalled)</source>
        <translation>畫面停止（沒有新畫面）</translation>
    </message>
</context>
<context>
    <name>SourceFactory</name>
    <message>
        <source>not a valid camera address</source>
        <translation>不是有效的攝影機位址</translation>
    </message>
    <message>
        <source>unknown address scheme &quot;%1&quot;</source>
        <translation>未知的位址格式「%1」</translation>
    </message>
</context>
<context>
    <name>StreamChannel</name>
    <message numerus="yes">
        <source>(next try in %n min, so that the camera does not lock the account)</source>
        <translation>
            <numerusform>(為免攝影機鎖定帳號，%n 分鐘後再試)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestPatternKind</name>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S):</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>畫面大小</translation>
    </message>
    <message>
        <source>&amp;Frames per second:</source>
        <translation>每秒影格數(&amp;F):</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>每秒影格數</translation>
    </message>
    <message>
        <source>unknown test source (use test:pattern)</source>
        <translation>未知的測試來源（請使用 test:pattern）</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>測試圖樣</translation>
    </message>
</context>
<context>
    <name>ViewLinkList</name>
    <message>
        <source>&amp;Revoke</source>
        <translation>撤銷(&amp;R)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>攝影機</translation>
    </message>
    <message>
        <source>View links</source>
        <translation>檢視連結</translation>
    </message>
    <message>
        <source>Links to this camera</source>
        <translation>這台攝影機的連結</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未使用</translation>
    </message>
</context>
<context>
    <name>ViewSwitcher</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>檢視(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>輪播(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>儲存檢視(&amp;S)…</translation>
    </message>
    <message>
        <source>Save this arrangement of cameras as a view (%1)</source>
        <translation>將此攝影機排列儲存為檢視（%1）</translation>
    </message>
    <message>
        <source>&amp;Rename view…</source>
        <translation>重新命名檢視(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete view…</source>
        <translation>刪除檢視(&amp;D)…</translation>
    </message>
    <message>
        <source>Run &amp;tour</source>
        <translation>執行輪播(&amp;T)</translation>
    </message>
    <message>
        <source>Show the views in the tour one after another; any key or mouse movement holds it (%1)</source>
        <translation>依序顯示輪播中的檢視；按任何鍵或移動滑鼠即暫停（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Every %n seconds</source>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>Show a saved view (Ctrl+1 to Ctrl+9)</source>
        <translation>顯示已儲存的檢視（Ctrl+1 到 Ctrl+9）</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>儲存檢視</translation>
    </message>
    <message>
        <source>The layout, the cameras&apos; places and the camera filling the grid are kept under this name. A view of the same name is replaced.

Name:</source>
        <translation>版面配置、攝影機位置與最大化的攝影機會以此名稱儲存。同名的檢視會被取代。

名稱：</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>檢視 %1</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>檢視需要名稱。</translation>
    </message>
    <message numerus="yes">
        <source>There are %n views already: delete one first.</source>
        <translation>
            <numerusform>已有 %n 個檢視：請先刪除一個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>重新命名檢視</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>Another view is called %1.</source>
        <translation>已有另一個名為 %1 的檢視。</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>刪除檢視</translation>
    </message>
    <message>
        <source>Delete the view %1? The cameras stay as they are.</source>
        <translation>要刪除檢視 %1 嗎？攝影機會維持原狀。</translation>
    </message>
    <message>
        <source>&amp;Rename %1…</source>
        <translation>重新命名 %1(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete %1…</source>
        <translation>刪除 %1(&amp;D)…</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>尚無已儲存的檢視</translation>
    </message>
    <message>
        <source>Views in the tour</source>
        <translation>輪播中的檢視</translation>
    </message>
    <message>
        <source>With no view, the tour shows the pages</source>
        <translation>沒有檢視時，輪播會顯示各頁</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>沒有已儲存的檢視</translation>
    </message>
    <message>
        <source>Show on a &amp;screen</source>
        <translation>在螢幕上顯示(&amp;S)</translation>
    </message>
    <message>
        <source>This arrangement</source>
        <translation>目前的排列</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>螢幕 %1：%2（%3×%4）</translation>
    </message>
    <message>
        <source>The arrangement as it is now; Escape closes it</source>
        <translation>顯示目前的排列；按 Esc 關閉</translation>
    </message>
    <message>
        <source>The view %1; Escape closes it</source>
        <translation>顯示檢視 %1；按 Esc 關閉</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>%1 — CCTV Dashboard</source>
        <translation>%1 — CCTV 監控面板</translation>
    </message>
</context>
<context>
    <name>WebSocketKind</name>
    <message>
        <source>&amp;Address:</source>
        <translation>位址(&amp;A):</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>影像來源位址</translation>
    </message>
    <message>
        <source>ws://host:8000/ws/video/name/</source>
        <translation>ws://host:8000/ws/video/name/</translation>
    </message>
    <message>
        <source>WebSocket feed</source>
        <translation>WebSocket 影像來源</translation>
    </message>
</context>
<context>
    <name>WebSocketSource</name>
    <message>
        <source>no WebSocket handshake within %1 s</source>
        <translation>%1 秒內沒有完成 WebSocket 交握</translation>
    </message>
    <message>
        <source>the connection closed during the WebSocket handshake</source>
        <translation>在 WebSocket 交握期間連線已關閉</translation>
    </message>
    <message>
        <source>the camera sent a message larger than 16 MiB</source>
        <translation>攝影機傳送了大於 16 MiB 的訊息</translation>
    </message>
    <message>
        <source>the camera closed the connection</source>
        <translation>攝影機關閉了連線</translation>
    </message>
    <message>
        <source>the camera closed the connection (%1)</source>
        <translation>攝影機關閉了連線（%1）</translation>
    </message>
    <message>
        <source>access forbidden (HTTP 403)</source>
        <translation>禁止存取（HTTP 403）</translation>
    </message>
    <message>
        <source>the server answered HTTP %1, not a WebSocket</source>
        <translation>伺服器回應 HTTP %1，而不是 WebSocket</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>連線遭拒</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主機</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 交握失敗</translation>
    </message>
    <message>
        <source>%1 messages in a row held no JPEG picture (%2)</source>
        <translation>連續 %1 則訊息中沒有 JPEG 圖片（%2）</translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS 交握失敗（%1）</translation>
    </message>
</context>
<context>
    <name>WebcamKind</name>
    <message>
        <source>&amp;Device:</source>
        <translation>裝置(&amp;D):</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>No camera found on this computer</source>
        <translation>這台電腦上找不到攝影機</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解析度(&amp;R):</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解析度</translation>
    </message>
    <message>
        <source>Camera default</source>
        <translation>攝影機預設值</translation>
    </message>
    <message>
        <source>&amp;Frames per second:</source>
        <translation>每秒影格數(&amp;F):</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>每秒影格數</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (未連線)</translation>
    </message>
    <message>
        <source>not a webcam address (use webcam:0 or v4l2:///dev/video0)</source>
        <translation>不是網路攝影機位址（請使用 webcam:0 或 v4l2:///dev/video0）</translation>
    </message>
    <message>
        <source>Local webcam</source>
        <translation>本機網路攝影機</translation>
    </message>
</context>
<context>
    <name>WebcamSource</name>
    <message>
        <source>no camera at %1</source>
        <translation>%1 沒有攝影機</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a video device</source>
        <translation>%1 不是視訊裝置</translation>
    </message>
    <message>
        <source>another program is using %1</source>
        <translation>另一個程式正在使用 %1</translation>
    </message>
    <message>
        <source>no permission to open %1 (is this user in the &quot;video&quot; group?)</source>
        <translation>沒有開啟 %1 的權限（此使用者是否屬於 &quot;video&quot; 群組？）</translation>
    </message>
    <message>
        <source>%1 (%2) is not a capture device</source>
        <translation>%1（%2）不是影像擷取裝置</translation>
    </message>
    <message>
        <source>another program is using %1 (%2)</source>
        <translation>另一個程式正在使用 %1（%2）</translation>
    </message>
    <message>
        <source>%1 would not start</source>
        <translation>無法啟動 %1</translation>
    </message>
    <message>
        <source>%1 was unplugged</source>
        <translation>%1 已被拔除</translation>
    </message>
    <message>
        <source>%1 stopped sending pictures</source>
        <translation>%1 已停止傳送畫面</translation>
    </message>
</context>
<context>
    <name>XmlTree</name>
    <message>
        <source>the answer is too large</source>
        <translation>回應太大</translation>
    </message>
    <message>
        <source>the answer declares a document type, which devices never need</source>
        <translation>回應宣告了文件類型（裝置從不需要）</translation>
    </message>
    <message>
        <source>the answer refers to an undeclared entity</source>
        <translation>回應參照了未宣告的實體</translation>
    </message>
    <message>
        <source>the answer is not XML</source>
        <translation>回應不是 XML</translation>
    </message>
    <message>
        <source>the answer is nested too deeply</source>
        <translation>回應的巢狀層次太深</translation>
    </message>
    <message>
        <source>the answer has too many elements</source>
        <translation>回應的元素太多</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>warning: cannot save %1: %2</source>
        <translation>警告：無法儲存 %1：%2</translation>
    </message>
    <message>
        <source>cctv-dashboard: no display to open a window on (DISPLAY is not set); use --headless to run without one</source>
        <translation>cctv-dashboard：沒有可開啟視窗的顯示器（未設定 DISPLAY）；若要在無視窗下執行，請使用 --headless</translation>
    </message>
    <message>
        <source>No ONVIF device answered.</source>
        <translation>沒有 ONVIF 裝置回應。</translation>
    </message>
</context>
</TS>
