<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>the share token must be at least %1 characters long (128 bits), this one has %2</source>
        <translation>共有トークンは %1 文字以上（128 ビット）必要です。このトークンは %2 文字です</translation>
    </message>
    <message>
        <source>the share token may hold only letters, digits and punctuation other than ; , &quot; and \</source>
        <translation>共有トークンに使えるのは英字、数字、および ; , &quot; \ 以外の記号だけです</translation>
    </message>
</context>
<context>
    <name>CameraConfig</name>
    <message>
        <source>camera &quot;%1&quot; has no valid URL</source>
        <translation>カメラ「%1」に有効な URL がありません</translation>
    </message>
    <message>
        <source>camera &quot;%1&quot; has no valid sub stream URL</source>
        <translation>カメラ「%1」のサブストリーム URL が正しくありません</translation>
    </message>
</context>
<context>
    <name>CameraDetails</name>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>ビットレート</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>デコード</translation>
    </message>
    <message>
        <source>Last picture</source>
        <translation>最新の画像</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>視聴者</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>No camera selected. Choose one in the camera list or click a tile.</source>
        <translation>カメラが選ばれていません。カメラ一覧で選ぶか、タイルをクリックしてください。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未計測</translation>
    </message>
    <message>
        <source>%1 per picture</source>
        <translation>1 画像あたり %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>Sub stream</source>
        <translation>サブストリーム</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>e.g. Front door</source>
        <translation>例: 玄関</translation>
    </message>
    <message>
        <source>Camera name</source>
        <translation>カメラ名</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation>カメラを追加</translation>
    </message>
    <message>
        <source>Kind of camera</source>
        <translation>カメラの種類</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Test picture</source>
        <translation>テスト画像</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Edit camera</source>
        <translation>カメラを編集</translation>
    </message>
    <message>
        <source>Give the camera a name.</source>
        <translation>カメラに名前を付けてください。</translation>
    </message>
    <message>
        <source>There is already a camera called &quot;%1&quot;.</source>
        <translation>「%1」という名前のカメラはすでにあります。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>テストを中止(&amp;T)</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>テストを中止しました。</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>映像なし</translation>
    </message>
    <message>
        <source>Does not work: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>Testing %1 before saving…</source>
        <translation>保存する前に %1 をテストしています…</translation>
    </message>
    <message>
        <source>Save camera</source>
        <translation>カメラを保存</translation>
    </message>
    <message>
        <source>The connection test failed: %1

Save the camera anyway? It will keep trying, and after a wrong password only every few minutes.</source>
        <translation>接続テストに失敗しました: %1

それでもカメラを保存しますか? 接続は試し続けますが、パスワードが違う場合は数分おきにだけ試します。</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>それでも保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Find cameras…</source>
        <translation>カメラを探す(&amp;F)…</translation>
    </message>
    <message>
        <source>The ONVIF cameras on the local networks: no stream address to know</source>
        <translation>ローカルネットワーク上の ONVIF カメラ: ストリームのアドレスを知る必要はありません</translation>
    </message>
    <message>
        <source>Sub stream test picture</source>
        <translation>サブストリームのテスト画像</translation>
    </message>
    <message>
        <source>optional, e.g. rtsp://192.0.2.10/stream2</source>
        <translation>任意。例: rtsp://192.0.2.10/stream2</translation>
    </message>
    <message>
        <source>Sub stream address</source>
        <translation>サブストリームのアドレス</translation>
    </message>
    <message>
        <source>S&amp;ub stream:</source>
        <translation>サブストリーム(&amp;U):</translation>
    </message>
    <message>
        <source>The sub stream address is not an address.</source>
        <translation>サブストリームのアドレスがアドレスになっていません。</translation>
    </message>
    <message>
        <source>The sub stream address is of no kind of camera this program reads.</source>
        <translation>サブストリームのアドレスは、このプログラムが読めるカメラの種類ではありません。</translation>
    </message>
    <message>
        <source>Sub stream: %1</source>
        <translation>サブストリーム: %1</translation>
    </message>
    <message>
        <source>Works: main stream %1; sub stream %2.</source>
        <translation>動作しています: メインストリーム %1、サブストリーム %2。</translation>
    </message>
    <message>
        <source>Works: %1.</source>
        <translation>動作しています: %1。</translation>
    </message>
    <message>
        <source>the sub stream: %1</source>
        <translation>サブストリーム: %1</translation>
    </message>
    <message>
        <source>Most IP cameras send a second, smaller stream beside the main one. Without a user name of its own it uses the main address&apos;s, on the same camera only.</source>
        <translation>ほとんどの IP カメラはメインストリームのほかに、より小さい 2 本目のストリームを送ります。ユーザー名を書かなければメインのアドレスのものを使います (同じカメラに限ります)。</translation>
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
        <translation>%1 分前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 時間前</translation>
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
        <translation>%1 (デモ)</translation>
    </message>
</context>
<context>
    <name>CameraFinder</name>
    <message>
        <source>&amp;Search again</source>
        <translation>もう一度探す(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use this camera</source>
        <translation>このカメラを使う(&amp;U)</translation>
    </message>
    <message>
        <source>Find cameras</source>
        <translation>カメラを探す</translation>
    </message>
    <message>
        <source>Cameras found</source>
        <translation>見つかったカメラ</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>検索の状態</translation>
    </message>
    <message>
        <source>Camera to ask</source>
        <translation>問い合わせるカメラ</translation>
    </message>
    <message>
        <source>e.g. 192.168.2.30, for a camera on another network</source>
        <translation>例: 192.168.2.30 (別のネットワークのカメラ)</translation>
    </message>
    <message>
        <source>&amp;Ask an address:</source>
        <translation>アドレスに問い合わせる(&amp;A):</translation>
    </message>
    <message>
        <source>Searching the local networks…</source>
        <translation>ローカルネットワークを検索しています…</translation>
    </message>
    <message>
        <source>Unnamed camera</source>
        <translation>名前のないカメラ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>already added</source>
        <translation>追加済み</translation>
    </message>
    <message>
        <source>No camera answered. Cameras on another network (or where multicast is blocked) can be asked by address.</source>
        <translation>応答したカメラはありません。別のネットワークのカメラ (またはマルチキャストが遮断されている場所のカメラ) にはアドレスで問い合わせられます。</translation>
    </message>
    <message>
        <source>Cameras found: %1</source>
        <translation>見つかったカメラ: %1 台</translation>
    </message>
</context>
<context>
    <name>CameraGrid</name>
    <message>
        <source>Add your first camera</source>
        <translation>最初のカメラを追加</translation>
    </message>
    <message>
        <source>+  Add camera</source>
        <translation>+  カメラを追加</translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation>カメラを追加</translation>
    </message>
</context>
<context>
    <name>CameraKind</name>
    <message>
        <source>no host in the camera address</source>
        <translation>カメラのアドレスにホストがありません</translation>
    </message>
    <message>
        <source>not a valid camera address</source>
        <translation>有効なカメラのアドレスではありません</translation>
    </message>
    <message>
        <source>not an address for this kind of camera (%1)</source>
        <translation>この種類のカメラのアドレスではありません (%1)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
</context>
<context>
    <name>CameraList</name>
    <message>
        <source>Filter cameras</source>
        <translation>カメラを絞り込む</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>カメラ</translation>
    </message>
</context>
<context>
    <name>CameraListModel</name>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共有中</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>共有していません</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共有</translation>
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
        <translation>オン(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;hared to browsers</source>
        <translation>ブラウザーに共有(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Link and QR code…</source>
        <translation>リンクと QR コード(&amp;L)…</translation>
    </message>
    <message>
        <source>Save &amp;snapshot</source>
        <translation>スナップショットを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>今すぐ再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;tream shown</source>
        <translation>表示するストリーム(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Automatic, by tile size</source>
        <translation>自動 (タイルの大きさで)(&amp;A)</translation>
    </message>
    <message>
        <source>Always the &amp;main stream</source>
        <translation>常にメインストリーム(&amp;M)</translation>
    </message>
    <message>
        <source>Always the &amp;sub stream</source>
        <translation>常にサブストリーム(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CameraState</name>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation>再接続中…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>CameraTile</name>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>リンク…</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>その他の操作</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>カメラ %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Switch %1 off</source>
        <translation>%1 をオフにする</translation>
    </message>
    <message>
        <source>Switch %1 on</source>
        <translation>%1 をオンにする</translation>
    </message>
    <message>
        <source>Stop sharing %1</source>
        <translation>%1 の共有を停止</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>%1 を共有</translation>
    </message>
    <message>
        <source>Share this camera to browsers</source>
        <translation>このカメラをブラウザーに共有</translation>
    </message>
    <message>
        <source>Address and QR code of %1</source>
        <translation>%1 のアドレスと QR コード</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>カメラはオフです</translation>
    </message>
    <message>
        <source>last picture %1</source>
        <translation>最後の映像: %1</translation>
    </message>
    <message>
        <source>decode %1 ms</source>
        <translation>デコード %1 ms</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>破棄 %1</translation>
    </message>
    <message>
        <source>1 viewer</source>
        <translation>視聴者 1 人</translation>
    </message>
    <message>
        <source>%1 viewers</source>
        <translation>視聴者 %1 人</translation>
    </message>
    <message>
        <source>%1 fps sent</source>
        <translation>送信 %1 fps</translation>
    </message>
    <message>
        <source>1 reconnect</source>
        <translation>再接続 1 回</translation>
    </message>
    <message>
        <source>%1 reconnects</source>
        <translation>再接続 %1 回</translation>
    </message>
    <message>
        <source>Edit camera…</source>
        <translation>カメラを編集…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>main stream</source>
        <translation>メインストリーム</translation>
    </message>
    <message>
        <source>sub stream</source>
        <translation>サブストリーム</translation>
    </message>
    <message>
        <source>HD unavailable: %1</source>
        <translation>HD 利用不可: %1</translation>
    </message>
    <message>
        <source>Main stream: %1</source>
        <translation>メインストリーム: %1</translation>
    </message>
    <message>
        <source>Sub stream: %1</source>
        <translation>サブストリーム: %1</translation>
    </message>
    <message>
        <source>closed while nobody needs it</source>
        <translation>使う人がいないため閉じています</translation>
    </message>
</context>
<context>
    <name>CertificateTrust</name>
    <message>
        <source>%1; to trust this camera&apos;s own certificate, add ?trust=%2 to its address</source>
        <translation>%1。このカメラ自身の証明書を信頼するには、アドレスに ?trust=%2 を追加してください</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Watch many cameras on one screen and share them to browsers.</source>
        <translation>多数のカメラを一つの画面で見て、ブラウザーに共有します。</translation>
    </message>
    <message>
        <source>Configuration file.</source>
        <translation>設定ファイル。</translation>
    </message>
    <message>
        <source>Add a camera for this run only.</source>
        <translation>今回の実行だけカメラを追加します。</translation>
    </message>
    <message>
        <source>Add demo cameras.</source>
        <translation>デモ用カメラを追加します。</translation>
    </message>
    <message>
        <source>No window: run cameras and the share server until SIGINT or SIGTERM.</source>
        <translation>ウィンドウなし: SIGINT または SIGTERM までカメラと共有サーバーを動かします。</translation>
    </message>
    <message>
        <source>Address of the share server (default 127.0.0.1).</source>
        <translation>共有サーバーのアドレス (既定値 127.0.0.1)。</translation>
    </message>
    <message>
        <source>Port of the share server (default 8088, 0 picks a free one).</source>
        <translation>共有サーバーのポート (既定値 8088、0 は空きポートを選択)。</translation>
    </message>
    <message>
        <source>Share every camera of this run.</source>
        <translation>今回の実行のすべてのカメラを共有します。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <source>--share-port needs a number from 0 to 65535</source>
        <translation>--share-port には 0 から 65535 の数値が必要です</translation>
    </message>
    <message>
        <source>--camera needs a URL</source>
        <translation>--camera には URL が必要です</translation>
    </message>
    <message>
        <source>Language of the interface (%1; default: the system&apos;s).</source>
        <translation>画面の言語 (%1。既定値はシステムの言語)。</translation>
    </message>
    <message>
        <source>Admin token for clients not on this machine (at least 22 characters).</source>
        <translation>このコンピューター以外のクライアント用の管理トークン（22 文字以上）。</translation>
    </message>
    <message>
        <source>Clients on this machine need the token too (for tunnels and proxies).</source>
        <translation>このコンピューター上のクライアントにもトークンを求めます（トンネルやプロキシ向け）。</translation>
    </message>
    <message>
        <source>Make a new admin token and save it (the old one stops working).</source>
        <translation>新しい管理トークンを作成して保存します（古いトークンは使えなくなります）。</translation>
    </message>
    <message>
        <source>Print the ONVIF devices that answer on the local networks, one per line (name, model, device service address), then exit.</source>
        <translation>ローカルネットワークで応答した ONVIF 機器を 1 行に 1 台ずつ (名前、機種、デバイスサービスのアドレス) 表示して終了します。</translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>ファイルに JSON オブジェクトがありません</translation>
    </message>
    <message>
        <source>written by a newer version (%1)</source>
        <translation>新しいバージョン (%1) で書かれています</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it was kept as %3</source>
        <translation>%1 を読めませんでした (%2)。%3 として保管しました</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>no picture within %1 s</source>
        <translation>%1 秒以内に映像が届きません</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>&amp;Path:</source>
        <translation>パス(&amp;P):</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>ファイルまたはフォルダー</translation>
    </message>
    <message>
        <source>a video file, or a folder of JPEG pictures</source>
        <translation>動画ファイル、または JPEG 画像のフォルダー</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.avi *.ts *.webm);;All files (*)</source>
        <translation>動画 (*.mp4 *.mkv *.mov *.avi *.ts *.webm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Pictures per &amp;second:</source>
        <translation>毎秒の画像数(&amp;S):</translation>
    </message>
    <message>
        <source>Pictures per second</source>
        <translation>毎秒の画像数</translation>
    </message>
    <message>
        <source>How fast a folder of pictures is shown; a video plays at its own rate.</source>
        <translation>画像フォルダーを表示する速さです。動画は元の速さで再生されます。</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>既定 (%1)</translation>
    </message>
    <message>
        <source>choose a video file or a folder of pictures</source>
        <translation>動画ファイルまたは画像のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>Video file or folder of pictures</source>
        <translation>動画ファイルまたは画像フォルダー</translation>
    </message>
</context>
<context>
    <name>HttpKind</name>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Stream address</source>
        <translation>ストリームのアドレス</translation>
    </message>
    <message>
        <source>http://camera/video.mjpg</source>
        <translation>http://camera/video.mjpg</translation>
    </message>
    <message>
        <source>HTTP MJPEG stream</source>
        <translation>HTTP MJPEG ストリーム</translation>
    </message>
</context>
<context>
    <name>HttpMjpegSource</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>no complete picture within %1 s</source>
        <translation>%1 秒以内に完全な映像が届きません</translation>
    </message>
    <message>
        <source>the camera sends %1, not MJPEG</source>
        <translation>カメラが送ってくるのは MJPEG ではなく %1 です</translation>
    </message>
    <message>
        <source>picture larger than 16 MiB</source>
        <translation>画像が 16 MiB を超えています</translation>
    </message>
    <message>
        <source>the stream holds no JPEG pictures</source>
        <translation>ストリームに JPEG 画像がありません</translation>
    </message>
    <message>
        <source>the camera ended the stream</source>
        <translation>カメラがストリームを終了しました</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>応答が空です</translation>
    </message>
    <message>
        <source>the answer is not a JPEG picture</source>
        <translation>応答が JPEG 画像ではありません</translation>
    </message>
    <message>
        <source>the camera asks for a user name and password</source>
        <translation>カメラがユーザー名とパスワードを求めています</translation>
    </message>
    <message>
        <source>access denied (HTTP 403)</source>
        <translation>アクセスが拒否されました (HTTP 403)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the camera closed the connection</source>
        <translation>カメラが接続を閉じました</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続を拒否されました</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>安全な接続に失敗しました</translation>
    </message>
    <message>
        <source>not an HTTP camera</source>
        <translation>HTTP カメラではありません</translation>
    </message>
    <message>
        <source>no valid HTTP answer</source>
        <translation>正しい HTTP 応答がありません</translation>
    </message>
    <message>
        <source>secure connection failed (%1)</source>
        <translation>安全な接続に失敗しました (%1)</translation>
    </message>
    <message>
        <source>the camera redirected to %1, which asks for a password: the camera&apos;s password is only sent to the camera&apos;s own address</source>
        <translation>カメラが %1 へリダイレクトし、そこがパスワードを求めています。カメラのパスワードはカメラ自身のアドレスにしか送りません</translation>
    </message>
</context>
<context>
    <name>JpegCodec</name>
    <message>
        <source>picture too large: %1×%2 (at most %3×%3 and %4 megapixels)</source>
        <translation>画像が大きすぎます: %1×%2（上限は %3×%3、%4 メガピクセル）</translation>
    </message>
</context>
<context>
    <name>JpegFolderSource</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 がありません</translation>
    </message>
    <message>
        <source>no readable JPEG files in %1</source>
        <translation>%1 に読める JPEG ファイルがありません</translation>
    </message>
</context>
<context>
    <name>JpegMessageStream</name>
    <message>
        <source>unreadable JPEG header</source>
        <translation>JPEG ヘッダーを読めません</translation>
    </message>
</context>
<context>
    <name>KindForm</name>
    <message>
        <source>&amp;File…</source>
        <translation>ファイル(&amp;F)…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>フォルダー(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>LibavSource</name>
    <message>
        <source>a folder, not a video file</source>
        <translation>動画ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>no video stream</source>
        <translation>映像ストリームがありません</translation>
    </message>
    <message>
        <source>no decoder for %1</source>
        <translation>%1 のデコーダーがありません</translation>
    </message>
    <message>
        <source>no picture in the file</source>
        <translation>ファイルに映像がありません</translation>
    </message>
    <message>
        <source>the camera redirected to %1: its password is only sent to the camera&apos;s own address</source>
        <translation>カメラが %1 へリダイレクトしました。パスワードはカメラ自身のアドレスにしか送りません</translation>
    </message>
    <message>
        <source>secure connection failed (%1)</source>
        <translation>安全な接続に失敗しました (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CCTV Dashboard</source>
        <translation>CCTV ダッシュボード</translation>
    </message>
    <message>
        <source>Shared camera addresses</source>
        <translation>共有中のカメラのアドレス</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>スナップショットを %1 に保存しました</translation>
    </message>
    <message>
        <source>Snapshot not saved: %1</source>
        <translation>スナップショットを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>&amp;Add camera…</source>
        <translation>カメラを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a camera (%1)</source>
        <translation>カメラを追加 (%1)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <source>Automatic layout</source>
        <translation>自動レイアウト</translation>
    </message>
    <message>
        <source>%1×%1 grid</source>
        <translation>%1×%1 グリッド</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>前のページ (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>次のページ (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 を追加しました</translation>
    </message>
    <message>
        <source>Remove camera</source>
        <translation>カメラを削除</translation>
    </message>
    <message>
        <source>Remove %1 from the dashboard?</source>
        <translation>%1 をダッシュボードから削除しますか?</translation>
    </message>
    <message>
        <source>Sharing is off</source>
        <translation>共有はオフです</translation>
    </message>
    <message>
        <source>No camera is shared. Press Share on a tile to publish it at %1</source>
        <translation>共有中のカメラはありません。タイルの「共有」を押すと %1 で公開されます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Exit &amp;full screen</source>
        <translation>全画面表示を終了(&amp;F)</translation>
    </message>
    <message>
        <source>Press F11 to leave full screen</source>
        <translation>F11 キーで全画面表示を終了します</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>前のページ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>次のページ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CCTV Dashboard</source>
        <translation>CCTV ダッシュボードについて(&amp;A)</translation>
    </message>
    <message>
        <source>About CCTV Dashboard</source>
        <translation>CCTV ダッシュボードについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CCTV Dashboard %1&lt;/h3&gt;&lt;p&gt;Watch many cameras on one screen and share them to browsers.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the CCTV Dashboard authors. All rights reserved; the libraries below are under their own licences (see the LICENSE file).&lt;/p&gt;&lt;p&gt;Running on %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CCTV ダッシュボード %1&lt;/h3&gt;&lt;p&gt;多数のカメラを一つの画面で見て、ブラウザーに共有します。&lt;/p&gt;&lt;p&gt;Copyright © 2026 the CCTV Dashboard authors. All rights reserved. 下記のライブラリーはそれぞれのライセンスに従います (LICENSE ファイルを参照)。&lt;/p&gt;&lt;p&gt;動作環境: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Cameras</source>
        <translation>カメラ(&amp;C)</translation>
    </message>
    <message>
        <source>The demo cameras are gone: from now on the dashboard shows your cameras.</source>
        <translation>デモカメラを外しました。これからはあなたのカメラを表示します。</translation>
    </message>
    <message>
        <source>These are demo cameras. Add your own with Add camera (Ctrl+N): the demos make way for it.</source>
        <translation>これはデモカメラです。「カメラを追加」(Ctrl+N) で自分のカメラを追加すると、デモは外れます。</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message numerus="yes">
        <source>Shared (%n): %1 at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation>
            <numerusform>共有中 (%n): %1 — &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Saved. The share server&apos;s address, port and rule, and the language, change at the next start.</source>
        <translation>保存しました。共有サーバーのアドレス、ポート、規則と言語は次回の起動時に変わります。</translation>
    </message>
</context>
<context>
    <name>MjpegParser</name>
    <message>
        <source>the boundary is made of dashes only</source>
        <translation>区切り (boundary) がダッシュだけでできています</translation>
    </message>
    <message>
        <source>no boundary found</source>
        <translation>区切り (boundary) が見つかりません</translation>
    </message>
    <message>
        <source>part header line too long</source>
        <translation>パートのヘッダー行が長すぎます</translation>
    </message>
    <message>
        <source>too many part headers</source>
        <translation>パートのヘッダーが多すぎます</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>Content-Length が不正です</translation>
    </message>
    <message>
        <source>part larger than %1</source>
        <translation>パートが %1 を超えています</translation>
    </message>
</context>
<context>
    <name>Onvif</name>
    <message>
        <source>the answer is not SOAP</source>
        <translation>応答が SOAP ではありません</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>応答が空です</translation>
    </message>
</context>
<context>
    <name>OnvifClient</name>
    <message>
        <source>%1 sent an answer larger than %2 MiB</source>
        <translation>%1 が %2 MiB を超える応答を送ってきました</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 が %2 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <translation>%1 に接続できません (%2)</translation>
    </message>
    <message>
        <source>the camera needs a user name and password</source>
        <translation>カメラにはユーザー名とパスワードが必要です</translation>
    </message>
    <message>
        <source>the camera refused the user name or password</source>
        <translation>カメラがユーザー名またはパスワードを拒否しました</translation>
    </message>
    <message>
        <source>%1 answered, but not as an ONVIF device: %2</source>
        <translation>%1 は応答しましたが、ONVIF 機器としてではありません: %2</translation>
    </message>
    <message>
        <source>the camera lists no video profile</source>
        <translation>カメラに映像プロファイルがありません</translation>
    </message>
    <message>
        <source>the camera gives no RTSP address for any profile</source>
        <translation>カメラはどのプロファイルにも RTSP アドレスを返しません</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>the camera refused the user name or password; its clock is %1 ahead of this computer&apos;s, which makes some cameras refuse any password: set its time (or NTP) and try again</source>
        <translation>カメラがユーザー名またはパスワードを拒否しました。カメラの時計がこのコンピューターより %1 進んでおり、そのためにどのパスワードも拒否するカメラがあります。カメラの時刻 (または NTP) を設定してからやり直してください</translation>
    </message>
    <message>
        <source>the camera refused the user name or password; its clock is %1 behind this computer&apos;s, which makes some cameras refuse any password: set its time (or NTP) and try again</source>
        <translation>カメラがユーザー名またはパスワードを拒否しました。カメラの時計がこのコンピューターより %1 遅れており、そのためにどのパスワードも拒否するカメラがあります。カメラの時刻 (または NTP) を設定してからやり直してください</translation>
    </message>
</context>
<context>
    <name>OnvifDiscovery</name>
    <message>
        <source>cannot open a UDP socket: %1</source>
        <translation>UDP ソケットを開けません: %1</translation>
    </message>
</context>
<context>
    <name>OnvifKind</name>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Camera address</source>
        <translation>カメラのアドレス</translation>
    </message>
    <message>
        <source>192.168.1.20 or onvif://…</source>
        <translation>192.168.1.20 または onvif://…</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>The port of the camera&apos;s web services (80 on most cameras)</source>
        <translation>カメラの Web サービスのポート (ほとんどのカメラでは 80)</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>プロファイル(&amp;R):</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>the largest (main stream)</source>
        <translation>最大のもの (メインストリーム)</translation>
    </message>
    <message>
        <source>The token of the camera&apos;s media profile to show; empty: the largest</source>
        <translation>表示するカメラのメディアプロファイルのトークン。空欄なら最大のもの</translation>
    </message>
    <message>
        <source>enter the camera&apos;s address (its host name or IP address)</source>
        <translation>カメラのアドレス (ホスト名または IP アドレス) を入力してください</translation>
    </message>
    <message>
        <source>ONVIF camera</source>
        <translation>ONVIF カメラ</translation>
    </message>
</context>
<context>
    <name>OnvifSource</name>
    <message>
        <source>the camera gives no RTSP address</source>
        <translation>カメラが RTSP アドレスを返しません</translation>
    </message>
    <message>
        <source>the camera has no profile &quot;%1&quot;</source>
        <translation>カメラにプロファイル「%1」はありません</translation>
    </message>
</context>
<context>
    <name>PushKind</name>
    <message>
        <source>&amp;Sender&apos;s name:</source>
        <translation>送信元の名前(&amp;S):</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>送信元の名前</translation>
    </message>
    <message>
        <source>e.g. porch</source>
        <translation>例: porch</translation>
    </message>
    <message>
        <source>A sender pushes this camera&apos;s pictures to /ws/video/NAME/ on the share server.</source>
        <translation>送信元は共有サーバーの /ws/video/NAME/ にこのカメラの画像を送ります。</translation>
    </message>
    <message>
        <source>a push camera needs a name of lowercase letters, digits and dashes (push:NAME)</source>
        <translation>プッシュカメラには小文字・数字・ダッシュからなる名前が必要です (push:NAME)</translation>
    </message>
    <message>
        <source>nothing can push pictures in this program</source>
        <translation>このプログラムには映像をプッシュできる相手がありません</translation>
    </message>
    <message>
        <source>Pictures pushed to this program</source>
        <translation>このプログラムに送られる画像</translation>
    </message>
</context>
<context>
    <name>PushSource</name>
    <message>
        <source>the sender went away</source>
        <translation>送信元がいなくなりました</translation>
    </message>
</context>
<context>
    <name>RtspKind</name>
    <message>
        <source>RTSP camera</source>
        <translation>RTSP カメラ</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Camera address</source>
        <translation>カメラのアドレス</translation>
    </message>
    <message>
        <source>192.168.1.20 or rtsp://…</source>
        <translation>192.168.1.20 または rtsp://…</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>パス(&amp;H):</translation>
    </message>
    <message>
        <source>Stream path</source>
        <translation>ストリームのパス</translation>
    </message>
    <message>
        <source>e.g. /stream1</source>
        <translation>例: /stream1</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>転送方式(&amp;R):</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>転送方式</translation>
    </message>
    <message>
        <source>TCP (reliable)</source>
        <translation>TCP (確実)</translation>
    </message>
    <message>
        <source>UDP (lower delay)</source>
        <translation>UDP (低遅延)</translation>
    </message>
    <message>
        <source>enter the camera&apos;s address (its host name or IP address)</source>
        <translation>カメラのアドレス (ホスト名または IP アドレス) を入力してください</translation>
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
        <translation>設定のページ</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Share server (at the next start)</source>
        <translation>共有サーバー (次回の起動時から)</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>このコンピューターのみ</translation>
    </message>
    <message>
        <source>Every network of this computer</source>
        <translation>このコンピューターのすべてのネットワーク</translation>
    </message>
    <message>
        <source>This network address: %1</source>
        <translation>このネットワークアドレス: %1</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>空いている任意のポート</translation>
    </message>
    <message>
        <source>Ask for a view link or the admin token on this computer too</source>
        <translation>このコンピューターでも閲覧リンクか管理トークンを求める</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>待ち受け先(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>The command line&apos;s --share-bind, --share-port and --share-require-token win over these.</source>
        <translation>コマンドラインの --share-bind、--share-port、--share-require-token がこれらより優先されます。</translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation>管理トークン</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the admin token</source>
        <translation>管理トークンをコピー</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>新しいトークン(&amp;N)…</translation>
    </message>
    <message>
        <source>It opens everything: every camera, switching them, making links. Give others a view link instead; make a new token if it may have leaked.</source>
        <translation>すべてを開けます: すべてのカメラ、オン・オフ、リンク作成。他の人には代わりに閲覧リンクを渡し、漏れたおそれがあれば新しいトークンを作ってください。</translation>
    </message>
    <message>
        <source>It opens everything: every camera, switching them, making links. This run&apos;s token comes from the command line (--share-token).</source>
        <translation>すべてを開けます: すべてのカメラ、オン・オフ、リンク作成。今回の実行のトークンはコマンドライン (--share-token) で指定されています。</translation>
    </message>
    <message>
        <source>View links</source>
        <translation>閲覧リンク</translation>
    </message>
    <message>
        <source>Make a link in a camera&apos;s Link… dialog: it opens that camera only, until it expires or is revoked here.</source>
        <translation>リンクはカメラの「リンク…」ダイアログで作ります。そのカメラだけを、期限切れになるかここで取り消すまで開けます。</translation>
    </message>
    <message>
        <source>The share server is not running in this window: sharing is off.</source>
        <translation>このウィンドウでは共有サーバーが動いていません: 共有はオフです。</translation>
    </message>
    <message>
        <source>Dark (suits video)</source>
        <translation>ダーク (映像向き)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>システムの言語 (%1)</translation>
    </message>
    <message>
        <source>The camera&apos;s &amp;name and state</source>
        <translation>カメラの名前と状態(&amp;N)</translation>
    </message>
    <message>
        <source>The &amp;frame rate and size</source>
        <translation>フレームレートとサイズ(&amp;F)</translation>
    </message>
    <message>
        <source>The &amp;time of the picture</source>
        <translation>画像の時刻(&amp;T)</translation>
    </message>
    <message>
        <source>Many IP cameras print their own name and time into the picture. A camera that is not live says why on its tile whatever is chosen here.</source>
        <translation>多くの IP カメラは自分の名前と時刻を映像に書き込みます。ライブでないカメラは、ここでの選択にかかわらずタイルに理由を表示します。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Over the pictures:</source>
        <translation>映像の上に表示:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The theme and the overlay change at once; the language at the next start.</source>
        <translation>テーマと映像上の表示はすぐに、言語は次回の起動時に変わります。</translation>
    </message>
    <message>
        <source>Other devices on the network can reach the server. They still need a view link or the admin token; to reach it from the internet, put a reverse proxy with HTTPS in front of it.</source>
        <translation>ネットワーク上の他の機器からサーバーに届きます。それでも閲覧リンクか管理トークンが必要です。インターネットから使うには、HTTPS のリバースプロキシを前に置いてください。</translation>
    </message>
    <message>
        <source>…fading a few seconds after the camera went live, back under the pointer</source>
        <translation>…ライブになって数秒後に薄れて消え、ポインターを重ねると戻る</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share %1</source>
        <translation>%1 を共有</translation>
    </message>
    <message>
        <source>Share address</source>
        <translation>共有アドレス</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the share address</source>
        <translation>共有アドレスをコピー</translation>
    </message>
    <message>
        <source>QR code of the share address</source>
        <translation>共有アドレスの QR コード</translation>
    </message>
    <message>
        <source>for 1 hour</source>
        <translation>1 時間有効</translation>
    </message>
    <message>
        <source>for 1 day</source>
        <translation>1 日有効</translation>
    </message>
    <message>
        <source>for 1 week</source>
        <translation>1 週間有効</translation>
    </message>
    <message>
        <source>until revoked</source>
        <translation>取り消すまで有効</translation>
    </message>
    <message>
        <source>How long the link works</source>
        <translation>リンクの有効期間</translation>
    </message>
    <message>
        <source>&amp;Make link</source>
        <translation>リンクを作成(&amp;M)</translation>
    </message>
    <message>
        <source>A link that opens this camera only,</source>
        <translation>このカメラだけを開くリンク、</translation>
    </message>
    <message>
        <source>Links made</source>
        <translation>作成したリンク</translation>
    </message>
    <message>
        <source>Whoever has a link can watch this camera until the link expires or you revoke it, and nothing else: no other camera, no settings.</source>
        <translation>リンクを持つ人は、期限切れになるか取り消すまでこのカメラを見られます。それ以外は何もできません（他のカメラも設定も見られません）。</translation>
    </message>
    <message>
        <source>New &amp;admin token…</source>
        <translation>新しい管理トークン(&amp;A)…</translation>
    </message>
    <message>
        <source>The admin token opens everything (all cameras, switching them, making links). Make a new one if it may have leaked.</source>
        <translation>管理トークンですべての操作ができます（全カメラの閲覧、オン・オフ、リンク作成）。漏れた可能性があれば新しく作成してください。</translation>
    </message>
    <message>
        <source>Too many links: revoke some first.</source>
        <translation>リンクが多すぎます。先にいくつか取り消してください。</translation>
    </message>
    <message>
        <source>New admin token</source>
        <translation>新しい管理トークン</translation>
    </message>
    <message>
        <source>Every browser and script that uses the admin token will need the new one, and pages and streams opened with it end now. View links keep working.</source>
        <translation>管理トークンを使っているすべてのブラウザーとスクリプトに新しいトークンが必要になり、古いトークンで開いたページとストリームはすぐに終了します。閲覧リンクは引き続き使えます。</translation>
    </message>
    <message>
        <source>Make a new token</source>
        <translation>新しいトークンを作成</translation>
    </message>
    <message>
        <source>Only this computer can reach the share server: a phone cannot open these addresses. To watch from other devices, let the server listen on the network (Settings, from the next start) or serve it through a reverse proxy.</source>
        <translation>共有サーバーに届くのはこのコンピューターだけです。スマートフォンではこのアドレスを開けません。他の機器で見るには、サーバーがネットワークで待ち受けるようにする (設定、次回の起動時から) か、リバースプロキシ経由で公開してください。</translation>
    </message>
    <message>
        <source>Serve on the &amp;network…</source>
        <translation>ネットワークで公開(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ShareServer</name>
    <message>
        <source>the share server is already running</source>
        <translation>共有サーバーはすでに動いています</translation>
    </message>
    <message>
        <source>refusing to share on %1 without an access token</source>
        <translation>アクセストークンなしで %1 に共有することはできません</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>%1:%2 で待ち受けできません: %3</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>there is no picture yet</source>
        <translation>まだ映像がありません</translation>
    </message>
</context>
<context>
    <name>SourceError</name>
    <message>
        <source>invalid camera address</source>
        <translation>カメラのアドレスが正しくありません</translation>
    </message>
    <message>
        <source>camera unreachable</source>
        <translation>カメラに接続できません</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>認証に失敗しました</translation>
    </message>
    <message>
        <source>stream not found</source>
        <translation>ストリームが見つかりません</translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation>対応していない形式です</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>デバイスは使用中です</translation>
    </message>
    <message>
        <source>device missing</source>
        <translation>デバイスがありません</translation>
    </message>
    <message>
        <source>stream ended</source>
        <translation>ストリームが終了しました</translation>
    </message>
    <message>
        <source>no picture (stalled)</source>
        <translation>映像が止まっています</translation>
    </message>
</context>
<context>
    <name>SourceFactory</name>
    <message>
        <source>not a valid camera address</source>
        <translation>有効なカメラのアドレスではありません</translation>
    </message>
    <message>
        <source>unknown address scheme &quot;%1&quot;</source>
        <translation>不明なアドレス形式「%1」</translation>
    </message>
</context>
<context>
    <name>StreamChannel</name>
    <message numerus="yes">
        <source>(next try in %n min, so that the camera does not lock the account)</source>
        <translation>
            <numerusform>(カメラがアカウントをロックしないよう、次の試行は %n 分後)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestPatternKind</name>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <source>&amp;Frames per second:</source>
        <translation>フレームレート(&amp;F):</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <source>unknown test source (use test:pattern)</source>
        <translation>不明なテストソースです (test:pattern を使ってください)</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>テストパターン</translation>
    </message>
</context>
<context>
    <name>ViewLinkList</name>
    <message>
        <source>&amp;Revoke</source>
        <translation>取り消し(&amp;R)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>View links</source>
        <translation>閲覧リンク</translation>
    </message>
    <message>
        <source>Links to this camera</source>
        <translation>このカメラへのリンク</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未使用</translation>
    </message>
</context>
<context>
    <name>ViewSwitcher</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>ビュー(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>巡回(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>ビューを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save this arrangement of cameras as a view (%1)</source>
        <translation>このカメラの配置をビューとして保存 (%1)</translation>
    </message>
    <message>
        <source>&amp;Rename view…</source>
        <translation>ビューの名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete view…</source>
        <translation>ビューを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Run &amp;tour</source>
        <translation>巡回を実行(&amp;T)</translation>
    </message>
    <message>
        <source>Show the views in the tour one after another; any key or mouse movement holds it (%1)</source>
        <translation>巡回に入れたビューを順に表示します。キー操作やマウスの動きで止まります (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n seconds</source>
        <translation>
            <numerusform>%n 秒ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Show a saved view (Ctrl+1 to Ctrl+9)</source>
        <translation>保存したビューを表示 (Ctrl+1〜Ctrl+9)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <source>The layout, the cameras&apos; places and the camera filling the grid are kept under this name. A view of the same name is replaced.

Name:</source>
        <translation>レイアウト、カメラの位置、最大化したカメラをこの名前で保存します。同じ名前のビューは置き換えられます。

名前:</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>ビュー %1</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>ビューには名前が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>There are %n views already: delete one first.</source>
        <translation>
            <numerusform>ビューがすでに %n 個あります。先にどれかを削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>ビューの名前を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>Another view is called %1.</source>
        <translation>%1 という名前のビューが別にあります。</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>ビューを削除</translation>
    </message>
    <message>
        <source>Delete the view %1? The cameras stay as they are.</source>
        <translation>ビュー %1 を削除しますか? カメラはそのまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Rename %1…</source>
        <translation>%1 の名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete %1…</source>
        <translation>%1 を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>保存したビューはまだありません</translation>
    </message>
    <message>
        <source>Views in the tour</source>
        <translation>巡回に入れるビュー</translation>
    </message>
    <message>
        <source>With no view, the tour shows the pages</source>
        <translation>ビューがないときはページを巡回します</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>保存したビューなし</translation>
    </message>
    <message>
        <source>Show on a &amp;screen</source>
        <translation>画面に表示(&amp;S)</translation>
    </message>
    <message>
        <source>This arrangement</source>
        <translation>現在の配置</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>画面 %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>The arrangement as it is now; Escape closes it</source>
        <translation>現在の配置を表示します。Esc で閉じます</translation>
    </message>
    <message>
        <source>The view %1; Escape closes it</source>
        <translation>ビュー %1 を表示します。Esc で閉じます</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>%1 — CCTV Dashboard</source>
        <translation>%1 — CCTV ダッシュボード</translation>
    </message>
</context>
<context>
    <name>WebSocketKind</name>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>フィードのアドレス</translation>
    </message>
    <message>
        <source>ws://host:8000/ws/video/name/</source>
        <translation>ws://host:8000/ws/video/name/</translation>
    </message>
    <message>
        <source>WebSocket feed</source>
        <translation>WebSocket フィード</translation>
    </message>
</context>
<context>
    <name>WebSocketSource</name>
    <message>
        <source>no WebSocket handshake within %1 s</source>
        <translation>%1 秒以内に WebSocket のハンドシェイクがありません</translation>
    </message>
    <message>
        <source>the connection closed during the WebSocket handshake</source>
        <translation>WebSocket のハンドシェイク中に接続が閉じられました</translation>
    </message>
    <message>
        <source>the camera sent a message larger than 16 MiB</source>
        <translation>カメラが 16 MiB を超えるメッセージを送りました</translation>
    </message>
    <message>
        <source>the camera closed the connection</source>
        <translation>カメラが接続を閉じました</translation>
    </message>
    <message>
        <source>the camera closed the connection (%1)</source>
        <translation>カメラが接続を閉じました (%1)</translation>
    </message>
    <message>
        <source>access forbidden (HTTP 403)</source>
        <translation>アクセスが禁止されています (HTTP 403)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1, not a WebSocket</source>
        <translation>サーバーの応答は WebSocket ではなく HTTP %1 でした</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続を拒否されました</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>%1 messages in a row held no JPEG picture (%2)</source>
        <translation>%1 件続けてメッセージに JPEG 画像がありませんでした (%2)</translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS ハンドシェイクに失敗しました（%1）</translation>
    </message>
</context>
<context>
    <name>WebcamKind</name>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>No camera found on this computer</source>
        <translation>このコンピューターにカメラが見つかりません</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解像度(&amp;R):</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Camera default</source>
        <translation>カメラの既定値</translation>
    </message>
    <message>
        <source>&amp;Frames per second:</source>
        <translation>フレームレート(&amp;F):</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (未接続)</translation>
    </message>
    <message>
        <source>not a webcam address (use webcam:0 or v4l2:///dev/video0)</source>
        <translation>Web カメラのアドレスではありません (webcam:0 または v4l2:///dev/video0 を使ってください)</translation>
    </message>
    <message>
        <source>Local webcam</source>
        <translation>ローカル Web カメラ</translation>
    </message>
</context>
<context>
    <name>WebcamSource</name>
    <message>
        <source>no camera at %1</source>
        <translation>%1 にカメラがありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a video device</source>
        <translation>%1 はビデオデバイスではありません</translation>
    </message>
    <message>
        <source>another program is using %1</source>
        <translation>別のプログラムが %1 を使っています</translation>
    </message>
    <message>
        <source>no permission to open %1 (is this user in the &quot;video&quot; group?)</source>
        <translation>%1 を開く権限がありません (このユーザーは &quot;video&quot; グループに入っていますか?)</translation>
    </message>
    <message>
        <source>%1 (%2) is not a capture device</source>
        <translation>%1 (%2) は映像入力デバイスではありません</translation>
    </message>
    <message>
        <source>another program is using %1 (%2)</source>
        <translation>別のプログラムが %1 を使っています (%2)</translation>
    </message>
    <message>
        <source>%1 would not start</source>
        <translation>%1 を開始できませんでした</translation>
    </message>
    <message>
        <source>%1 was unplugged</source>
        <translation>%1 が取り外されました</translation>
    </message>
    <message>
        <source>%1 stopped sending pictures</source>
        <translation>%1 から映像が届かなくなりました</translation>
    </message>
</context>
<context>
    <name>XmlTree</name>
    <message>
        <source>the answer is too large</source>
        <translation>応答が大きすぎます</translation>
    </message>
    <message>
        <source>the answer declares a document type, which devices never need</source>
        <translation>応答が文書型を宣言しています (機器には不要なものです)</translation>
    </message>
    <message>
        <source>the answer refers to an undeclared entity</source>
        <translation>応答が宣言されていない実体を参照しています</translation>
    </message>
    <message>
        <source>the answer is not XML</source>
        <translation>応答が XML ではありません</translation>
    </message>
    <message>
        <source>the answer is nested too deeply</source>
        <translation>応答の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>the answer has too many elements</source>
        <translation>応答の要素が多すぎます</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>warning: cannot save %1: %2</source>
        <translation>警告: %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>cctv-dashboard: no display to open a window on (DISPLAY is not set); use --headless to run without one</source>
        <translation>cctv-dashboard: ウィンドウを開くディスプレイがありません (DISPLAY が未設定)。ウィンドウなしで動かすには --headless を使ってください</translation>
    </message>
    <message>
        <source>No ONVIF device answered.</source>
        <translation>応答した ONVIF 機器はありません。</translation>
    </message>
</context>
</TS>
