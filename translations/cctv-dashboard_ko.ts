<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>the share token must be at least %1 characters long (128 bits), this one has %2</source>
        <translation>공유 토큰은 %1자 이상(128비트)이어야 합니다. 이 토큰은 %2자입니다</translation>
    </message>
    <message>
        <source>the share token may hold only letters, digits and punctuation other than ; , &quot; and \</source>
        <translation>공유 토큰에는 문자, 숫자, 그리고 ; , &quot; \ 를 제외한 문장 부호만 쓸 수 있습니다</translation>
    </message>
</context>
<context>
    <name>CameraConfig</name>
    <message>
        <source>camera &quot;%1&quot; has no valid URL</source>
        <translation>카메라 &quot;%1&quot;에 올바른 URL이 없습니다</translation>
    </message>
    <message>
        <source>camera &quot;%1&quot; has no valid sub stream URL</source>
        <translation>카메라 &quot;%1&quot;의 서브 스트림 URL이 올바르지 않습니다</translation>
    </message>
</context>
<context>
    <name>CameraDetails</name>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>마지막 오류</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>스트림</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>비트레이트</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>디코딩</translation>
    </message>
    <message>
        <source>Last picture</source>
        <translation>마지막 화면</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>화면 수</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>버림</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>재연결</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>시청자</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>No camera selected. Choose one in the camera list or click a tile.</source>
        <translation>선택된 카메라가 없습니다. 카메라 목록에서 고르거나 타일을 클릭하세요.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>아직 알 수 없음</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>측정되지 않음</translation>
    </message>
    <message>
        <source>%1 per picture</source>
        <translation>화면당 %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Sub stream</source>
        <translation>서브 스트림</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>e.g. Front door</source>
        <translation>예: 현관</translation>
    </message>
    <message>
        <source>Camera name</source>
        <translation>카메라 이름</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation>카메라 추가</translation>
    </message>
    <message>
        <source>Kind of camera</source>
        <translation>카메라 종류</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Test picture</source>
        <translation>테스트 화면</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>Edit camera</source>
        <translation>카메라 편집</translation>
    </message>
    <message>
        <source>Give the camera a name.</source>
        <translation>카메라 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>There is already a camera called &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 카메라가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>테스트 취소(&amp;T)</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>테스트를 취소했습니다.</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>화면 없음</translation>
    </message>
    <message>
        <source>Does not work: %1</source>
        <translation>연결할 수 없음: %1</translation>
    </message>
    <message>
        <source>Testing %1 before saving…</source>
        <translation>저장하기 전에 %1을(를) 테스트하는 중…</translation>
    </message>
    <message>
        <source>Save camera</source>
        <translation>카메라 저장</translation>
    </message>
    <message>
        <source>The connection test failed: %1

Save the camera anyway? It will keep trying, and after a wrong password only every few minutes.</source>
        <translation>연결 테스트에 실패했습니다: %1

그래도 카메라를 저장할까요? 계속 연결을 시도하지만, 비밀번호가 틀렸으면 몇 분에 한 번만 시도합니다.</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>그래도 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>계속 편집(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Find cameras…</source>
        <translation>카메라 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>The ONVIF cameras on the local networks: no stream address to know</source>
        <translation>로컬 네트워크의 ONVIF 카메라: 스트림 주소를 몰라도 됩니다</translation>
    </message>
    <message>
        <source>Sub stream test picture</source>
        <translation>서브 스트림 테스트 화면</translation>
    </message>
    <message>
        <source>optional, e.g. rtsp://192.0.2.10/stream2</source>
        <translation>선택 사항, 예: rtsp://192.0.2.10/stream2</translation>
    </message>
    <message>
        <source>Sub stream address</source>
        <translation>서브 스트림 주소</translation>
    </message>
    <message>
        <source>S&amp;ub stream:</source>
        <translation>서브 스트림(&amp;U):</translation>
    </message>
    <message>
        <source>The sub stream address is not an address.</source>
        <translation>서브 스트림 주소가 주소 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The sub stream address is of no kind of camera this program reads.</source>
        <translation>서브 스트림 주소는 이 프로그램이 읽을 수 있는 카메라 종류가 아닙니다.</translation>
    </message>
    <message>
        <source>Sub stream: %1</source>
        <translation>서브 스트림: %1</translation>
    </message>
    <message>
        <source>Works: main stream %1; sub stream %2.</source>
        <translation>작동합니다: 메인 스트림 %1, 서브 스트림 %2.</translation>
    </message>
    <message>
        <source>Works: %1.</source>
        <translation>작동합니다: %1.</translation>
    </message>
    <message>
        <source>the sub stream: %1</source>
        <translation>서브 스트림: %1</translation>
    </message>
    <message>
        <source>Most IP cameras send a second, smaller stream beside the main one. Without a user name of its own it uses the main address&apos;s, on the same camera only.</source>
        <translation>대부분의 IP 카메라는 메인 스트림 외에 더 작은 두 번째 스트림을 보냅니다. 자체 사용자 이름이 없으면 메인 주소의 것을 사용합니다(같은 카메라에만).</translation>
    </message>
</context>
<context>
    <name>CameraFigures</name>
    <message>
        <source>%1 s ago</source>
        <translation>%1초 전</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1분 전</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1시간 전</translation>
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
        <translation>%1 (데모)</translation>
    </message>
</context>
<context>
    <name>CameraFinder</name>
    <message>
        <source>&amp;Search again</source>
        <translation>다시 찾기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use this camera</source>
        <translation>이 카메라 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Find cameras</source>
        <translation>카메라 찾기</translation>
    </message>
    <message>
        <source>Cameras found</source>
        <translation>찾은 카메라</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>검색 상태</translation>
    </message>
    <message>
        <source>Camera to ask</source>
        <translation>물어볼 카메라</translation>
    </message>
    <message>
        <source>e.g. 192.168.2.30, for a camera on another network</source>
        <translation>예: 192.168.2.30(다른 네트워크의 카메라)</translation>
    </message>
    <message>
        <source>&amp;Ask an address:</source>
        <translation>주소에 묻기(&amp;A):</translation>
    </message>
    <message>
        <source>Searching the local networks…</source>
        <translation>로컬 네트워크를 검색하는 중…</translation>
    </message>
    <message>
        <source>Unnamed camera</source>
        <translation>이름 없는 카메라</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>already added</source>
        <translation>이미 추가됨</translation>
    </message>
    <message>
        <source>No camera answered. Cameras on another network (or where multicast is blocked) can be asked by address.</source>
        <translation>응답한 카메라가 없습니다. 다른 네트워크(또는 멀티캐스트가 차단된 곳)의 카메라는 주소로 물어볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Cameras found: %1</source>
        <translation>찾은 카메라: %1대</translation>
    </message>
</context>
<context>
    <name>CameraGrid</name>
    <message>
        <source>Add your first camera</source>
        <translation>첫 카메라 추가</translation>
    </message>
    <message>
        <source>+  Add camera</source>
        <translation>+  카메라 추가</translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation>카메라 추가</translation>
    </message>
</context>
<context>
    <name>CameraKind</name>
    <message>
        <source>no host in the camera address</source>
        <translation>카메라 주소에 호스트가 없습니다</translation>
    </message>
    <message>
        <source>not a valid camera address</source>
        <translation>올바른 카메라 주소가 아닙니다</translation>
    </message>
    <message>
        <source>not an address for this kind of camera (%1)</source>
        <translation>이 종류의 카메라 주소가 아닙니다 (%1)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
</context>
<context>
    <name>CameraList</name>
    <message>
        <source>Filter cameras</source>
        <translation>카메라 필터</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>카메라</translation>
    </message>
</context>
<context>
    <name>CameraListModel</name>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>공유 중</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>공유 안 함</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>공유</translation>
    </message>
</context>
<context>
    <name>CameraMenu</name>
    <message>
        <source>&amp;Maximize</source>
        <translation>최대화(&amp;M)</translation>
    </message>
    <message>
        <source>Switched &amp;on</source>
        <translation>켜짐(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;hared to browsers</source>
        <translation>브라우저에 공유(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Link and QR code…</source>
        <translation>링크와 QR 코드(&amp;L)…</translation>
    </message>
    <message>
        <source>Save &amp;snapshot</source>
        <translation>스냅샷 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>지금 다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>삭제(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;tream shown</source>
        <translation>표시할 스트림(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Automatic, by tile size</source>
        <translation>자동, 타일 크기에 따라(&amp;A)</translation>
    </message>
    <message>
        <source>Always the &amp;main stream</source>
        <translation>항상 메인 스트림(&amp;M)</translation>
    </message>
    <message>
        <source>Always the &amp;sub stream</source>
        <translation>항상 서브 스트림(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CameraState</name>
    <message>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation>다시 연결하는 중…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
</context>
<context>
    <name>CameraTile</name>
    <message>
        <source>On</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>링크…</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>추가 작업</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>카메라 %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Switch %1 off</source>
        <translation>%1 끄기</translation>
    </message>
    <message>
        <source>Switch %1 on</source>
        <translation>%1 켜기</translation>
    </message>
    <message>
        <source>Stop sharing %1</source>
        <translation>%1 공유 중지</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>%1 공유</translation>
    </message>
    <message>
        <source>Share this camera to browsers</source>
        <translation>이 카메라를 브라우저에 공유</translation>
    </message>
    <message>
        <source>Address and QR code of %1</source>
        <translation>%1의 주소와 QR 코드</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>카메라가 꺼져 있습니다</translation>
    </message>
    <message>
        <source>last picture %1</source>
        <translation>마지막 화면: %1</translation>
    </message>
    <message>
        <source>decode %1 ms</source>
        <translation>디코딩 %1 ms</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>버림 %1</translation>
    </message>
    <message>
        <source>1 viewer</source>
        <translation>시청자 1명</translation>
    </message>
    <message>
        <source>%1 viewers</source>
        <translation>시청자 %1명</translation>
    </message>
    <message>
        <source>%1 fps sent</source>
        <translation>송출 %1 fps</translation>
    </message>
    <message>
        <source>1 reconnect</source>
        <translation>재연결 1회</translation>
    </message>
    <message>
        <source>%1 reconnects</source>
        <translation>재연결 %1회</translation>
    </message>
    <message>
        <source>Edit camera…</source>
        <translation>카메라 편집…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>main stream</source>
        <translation>메인 스트림</translation>
    </message>
    <message>
        <source>sub stream</source>
        <translation>서브 스트림</translation>
    </message>
    <message>
        <source>HD unavailable: %1</source>
        <translation>HD 사용 불가: %1</translation>
    </message>
    <message>
        <source>Main stream: %1</source>
        <translation>메인 스트림: %1</translation>
    </message>
    <message>
        <source>Sub stream: %1</source>
        <translation>서브 스트림: %1</translation>
    </message>
    <message>
        <source>closed while nobody needs it</source>
        <translation>필요한 곳이 없어 닫혀 있음</translation>
    </message>
</context>
<context>
    <name>CertificateTrust</name>
    <message>
        <source>%1; to trust this camera&apos;s own certificate, add ?trust=%2 to its address</source>
        <translation>%1. 이 카메라 자체의 인증서를 신뢰하려면 주소에 ?trust=%2 를 추가하세요</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Watch many cameras on one screen and share them to browsers.</source>
        <translation>여러 카메라를 한 화면에서 보고 브라우저에 공유합니다.</translation>
    </message>
    <message>
        <source>Configuration file.</source>
        <translation>설정 파일.</translation>
    </message>
    <message>
        <source>Add a camera for this run only.</source>
        <translation>이번 실행에만 카메라를 추가합니다.</translation>
    </message>
    <message>
        <source>Add demo cameras.</source>
        <translation>데모 카메라를 추가합니다.</translation>
    </message>
    <message>
        <source>No window: run cameras and the share server until SIGINT or SIGTERM.</source>
        <translation>창 없음: SIGINT 또는 SIGTERM까지 카메라와 공유 서버를 실행합니다.</translation>
    </message>
    <message>
        <source>Address of the share server (default 127.0.0.1).</source>
        <translation>공유 서버 주소(기본값 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port of the share server (default 8088, 0 picks a free one).</source>
        <translation>공유 서버 포트(기본값 8088, 0이면 빈 포트 선택).</translation>
    </message>
    <message>
        <source>Share every camera of this run.</source>
        <translation>이번 실행의 모든 카메라를 공유합니다.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--share-port needs a number from 0 to 65535</source>
        <translation>--share-port에는 0에서 65535 사이의 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>--camera needs a URL</source>
        <translation>--camera에는 URL이 필요합니다</translation>
    </message>
    <message>
        <source>Language of the interface (%1; default: the system&apos;s).</source>
        <translation>화면 언어(%1, 기본값은 시스템 언어).</translation>
    </message>
    <message>
        <source>Admin token for clients not on this machine (at least 22 characters).</source>
        <translation>이 컴퓨터가 아닌 클라이언트를 위한 관리자 토큰(22자 이상).</translation>
    </message>
    <message>
        <source>Clients on this machine need the token too (for tunnels and proxies).</source>
        <translation>이 컴퓨터의 클라이언트도 토큰이 필요합니다(터널과 프록시용).</translation>
    </message>
    <message>
        <source>Make a new admin token and save it (the old one stops working).</source>
        <translation>새 관리자 토큰을 만들어 저장합니다(이전 토큰은 더 이상 작동하지 않음).</translation>
    </message>
    <message>
        <source>Print the ONVIF devices that answer on the local networks, one per line (name, model, device service address), then exit.</source>
        <translation>로컬 네트워크에서 응답한 ONVIF 장치를 한 줄에 하나씩(이름, 모델, 장치 서비스 주소) 출력하고 종료합니다.</translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>파일이 너무 큽니다</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>파일에 JSON 객체가 없습니다</translation>
    </message>
    <message>
        <source>written by a newer version (%1)</source>
        <translation>더 새로운 버전(%1)에서 작성되었습니다</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it was kept as %3</source>
        <translation>%1을(를) 읽을 수 없어(%2) %3(으)로 보관했습니다</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>no picture within %1 s</source>
        <translation>%1초 안에 화면이 오지 않았습니다</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>&amp;Path:</source>
        <translation>경로(&amp;P):</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>파일 또는 폴더</translation>
    </message>
    <message>
        <source>a video file, or a folder of JPEG pictures</source>
        <translation>동영상 파일 또는 JPEG 사진 폴더</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.avi *.ts *.webm);;All files (*)</source>
        <translation>동영상 (*.mp4 *.mkv *.mov *.avi *.ts *.webm);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Pictures per &amp;second:</source>
        <translation>초당 사진 수(&amp;S):</translation>
    </message>
    <message>
        <source>Pictures per second</source>
        <translation>초당 사진 수</translation>
    </message>
    <message>
        <source>How fast a folder of pictures is shown; a video plays at its own rate.</source>
        <translation>사진 폴더를 보여 주는 속도입니다. 동영상은 원래 속도로 재생됩니다.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>기본값 (%1)</translation>
    </message>
    <message>
        <source>choose a video file or a folder of pictures</source>
        <translation>동영상 파일이나 사진 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>Video file or folder of pictures</source>
        <translation>동영상 파일 또는 사진 폴더</translation>
    </message>
</context>
<context>
    <name>HttpKind</name>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>Stream address</source>
        <translation>스트림 주소</translation>
    </message>
    <message>
        <source>http://camera/video.mjpg</source>
        <translation>http://camera/video.mjpg</translation>
    </message>
    <message>
        <source>HTTP MJPEG stream</source>
        <translation>HTTP MJPEG 스트림</translation>
    </message>
</context>
<context>
    <name>HttpMjpegSource</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1초 안에 응답이 없습니다</translation>
    </message>
    <message>
        <source>no complete picture within %1 s</source>
        <translation>%1초 안에 완전한 화면이 오지 않았습니다</translation>
    </message>
    <message>
        <source>the camera sends %1, not MJPEG</source>
        <translation>카메라가 MJPEG가 아닌 %1을(를) 보냅니다</translation>
    </message>
    <message>
        <source>picture larger than 16 MiB</source>
        <translation>화면이 16 MiB보다 큽니다</translation>
    </message>
    <message>
        <source>the stream holds no JPEG pictures</source>
        <translation>스트림에 JPEG 화면이 없습니다</translation>
    </message>
    <message>
        <source>the camera ended the stream</source>
        <translation>카메라가 스트림을 끝냈습니다</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>응답이 비어 있습니다</translation>
    </message>
    <message>
        <source>the answer is not a JPEG picture</source>
        <translation>응답이 JPEG 화면이 아닙니다</translation>
    </message>
    <message>
        <source>the camera asks for a user name and password</source>
        <translation>카메라가 사용자 이름과 비밀번호를 요구합니다</translation>
    </message>
    <message>
        <source>access denied (HTTP 403)</source>
        <translation>접근이 거부되었습니다(HTTP 403)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the camera closed the connection</source>
        <translation>카메라가 연결을 닫았습니다</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>연결이 거부되었습니다</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>호스트를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>보안 연결에 실패했습니다</translation>
    </message>
    <message>
        <source>not an HTTP camera</source>
        <translation>HTTP 카메라가 아닙니다</translation>
    </message>
    <message>
        <source>no valid HTTP answer</source>
        <translation>올바른 HTTP 응답이 없습니다</translation>
    </message>
    <message>
        <source>secure connection failed (%1)</source>
        <translation>보안 연결에 실패했습니다(%1)</translation>
    </message>
    <message>
        <source>the camera redirected to %1, which asks for a password: the camera&apos;s password is only sent to the camera&apos;s own address</source>
        <translation>카메라가 %1(으)로 리디렉션했고 그곳에서 비밀번호를 요구합니다. 카메라의 비밀번호는 카메라 자신의 주소로만 보냅니다</translation>
    </message>
</context>
<context>
    <name>JpegCodec</name>
    <message>
        <source>picture too large: %1×%2 (at most %3×%3 and %4 megapixels)</source>
        <translation>그림이 너무 큽니다: %1×%2(최대 %3×%3, %4메가픽셀)</translation>
    </message>
</context>
<context>
    <name>JpegFolderSource</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>%1 폴더가 없습니다</translation>
    </message>
    <message>
        <source>no readable JPEG files in %1</source>
        <translation>%1에 읽을 수 있는 JPEG 파일이 없습니다</translation>
    </message>
</context>
<context>
    <name>JpegMessageStream</name>
    <message>
        <source>unreadable JPEG header</source>
        <translation>JPEG 헤더를 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>KindForm</name>
    <message>
        <source>&amp;File…</source>
        <translation>파일(&amp;F)…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>폴더(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>LibavSource</name>
    <message>
        <source>a folder, not a video file</source>
        <translation>동영상 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>no video stream</source>
        <translation>비디오 스트림이 없습니다</translation>
    </message>
    <message>
        <source>no decoder for %1</source>
        <translation>%1 디코더가 없습니다</translation>
    </message>
    <message>
        <source>no picture in the file</source>
        <translation>파일에 화면이 없습니다</translation>
    </message>
    <message>
        <source>the camera redirected to %1: its password is only sent to the camera&apos;s own address</source>
        <translation>카메라가 %1(으)로 리디렉션했습니다. 비밀번호는 카메라 자신의 주소로만 보냅니다</translation>
    </message>
    <message>
        <source>secure connection failed (%1)</source>
        <translation>보안 연결에 실패했습니다(%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CCTV Dashboard</source>
        <translation>CCTV 대시보드</translation>
    </message>
    <message>
        <source>Shared camera addresses</source>
        <translation>공유 중인 카메라 주소</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>스냅샷을 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Snapshot not saved: %1</source>
        <translation>스냅샷을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>&amp;Add camera…</source>
        <translation>카메라 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a camera (%1)</source>
        <translation>카메라 추가 (%1)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>레이아웃</translation>
    </message>
    <message>
        <source>Automatic layout</source>
        <translation>자동 레이아웃</translation>
    </message>
    <message>
        <source>%1×%1 grid</source>
        <translation>%1×%1 격자</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>이전 페이지 (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>다음 페이지 (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 페이지</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1을(를) 추가했습니다</translation>
    </message>
    <message>
        <source>Remove camera</source>
        <translation>카메라 삭제</translation>
    </message>
    <message>
        <source>Remove %1 from the dashboard?</source>
        <translation>대시보드에서 %1을(를) 삭제할까요?</translation>
    </message>
    <message>
        <source>Sharing is off</source>
        <translation>공유가 꺼져 있습니다</translation>
    </message>
    <message>
        <source>No camera is shared. Press Share on a tile to publish it at %1</source>
        <translation>공유 중인 카메라가 없습니다. 타일의 &quot;공유&quot;를 누르면 %1에 공개됩니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Exit &amp;full screen</source>
        <translation>전체 화면 끝내기(&amp;F)</translation>
    </message>
    <message>
        <source>Press F11 to leave full screen</source>
        <translation>F11 키를 누르면 전체 화면에서 나갑니다</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>이전 페이지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>다음 페이지(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CCTV Dashboard</source>
        <translation>CCTV 대시보드 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About CCTV Dashboard</source>
        <translation>CCTV 대시보드 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CCTV Dashboard %1&lt;/h3&gt;&lt;p&gt;Watch many cameras on one screen and share them to browsers.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the CCTV Dashboard authors. All rights reserved; the libraries below are under their own licences (see the LICENSE file).&lt;/p&gt;&lt;p&gt;Running on %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CCTV 대시보드 %1&lt;/h3&gt;&lt;p&gt;여러 카메라를 한 화면에서 보고 브라우저로 공유합니다.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the CCTV Dashboard authors. All rights reserved. 아래 라이브러리는 각자의 라이선스를 따릅니다 (LICENSE 파일 참고).&lt;/p&gt;&lt;p&gt;실행 환경: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>&amp;Cameras</source>
        <translation>카메라(&amp;C)</translation>
    </message>
    <message>
        <source>The demo cameras are gone: from now on the dashboard shows your cameras.</source>
        <translation>데모 카메라를 없앴습니다. 이제부터 사용자의 카메라를 보여 줍니다.</translation>
    </message>
    <message>
        <source>These are demo cameras. Add your own with Add camera (Ctrl+N): the demos make way for it.</source>
        <translation>데모 카메라입니다. 카메라 추가(Ctrl+N)로 자신의 카메라를 추가하면 데모는 사라집니다.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>이전 페이지</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>다음 페이지</translation>
    </message>
    <message numerus="yes">
        <source>Shared (%n): %1 at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation>
            <numerusform>공유 중 (%n): %1 — &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Saved. The share server&apos;s address, port and rule, and the language, change at the next start.</source>
        <translation>저장했습니다. 공유 서버의 주소, 포트, 규칙과 언어는 다음 시작 때 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>MjpegParser</name>
    <message>
        <source>the boundary is made of dashes only</source>
        <translation>경계(boundary)가 대시로만 되어 있습니다</translation>
    </message>
    <message>
        <source>no boundary found</source>
        <translation>경계(boundary)를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>part header line too long</source>
        <translation>파트 헤더 줄이 너무 깁니다</translation>
    </message>
    <message>
        <source>too many part headers</source>
        <translation>파트 헤더가 너무 많습니다</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>Content-Length가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>part larger than %1</source>
        <translation>파트가 %1보다 큽니다</translation>
    </message>
</context>
<context>
    <name>Onvif</name>
    <message>
        <source>the answer is not SOAP</source>
        <translation>응답이 SOAP가 아닙니다</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>응답이 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>OnvifClient</name>
    <message>
        <source>%1 sent an answer larger than %2 MiB</source>
        <translation>%1이(가) %2MiB보다 큰 응답을 보냈습니다</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1이(가) %2초 안에 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <translation>%1에 연결할 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>the camera needs a user name and password</source>
        <translation>카메라에 사용자 이름과 비밀번호가 필요합니다</translation>
    </message>
    <message>
        <source>the camera refused the user name or password</source>
        <translation>카메라가 사용자 이름 또는 비밀번호를 거부했습니다</translation>
    </message>
    <message>
        <source>%1 answered, but not as an ONVIF device: %2</source>
        <translation>%1이(가) 응답했지만 ONVIF 장치의 응답이 아닙니다: %2</translation>
    </message>
    <message>
        <source>the camera lists no video profile</source>
        <translation>카메라에 영상 프로필이 없습니다</translation>
    </message>
    <message>
        <source>the camera gives no RTSP address for any profile</source>
        <translation>카메라가 어떤 프로필에도 RTSP 주소를 주지 않습니다</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>the camera refused the user name or password; its clock is %1 ahead of this computer&apos;s, which makes some cameras refuse any password: set its time (or NTP) and try again</source>
        <translation>카메라가 사용자 이름 또는 비밀번호를 거부했습니다. 카메라 시계가 이 컴퓨터보다 %1 빠르며, 이 때문에 어떤 비밀번호도 거부하는 카메라가 있습니다. 카메라 시간(또는 NTP)을 설정한 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <source>the camera refused the user name or password; its clock is %1 behind this computer&apos;s, which makes some cameras refuse any password: set its time (or NTP) and try again</source>
        <translation>카메라가 사용자 이름 또는 비밀번호를 거부했습니다. 카메라 시계가 이 컴퓨터보다 %1 느리며, 이 때문에 어떤 비밀번호도 거부하는 카메라가 있습니다. 카메라 시간(또는 NTP)을 설정한 뒤 다시 시도하세요</translation>
    </message>
</context>
<context>
    <name>OnvifDiscovery</name>
    <message>
        <source>cannot open a UDP socket: %1</source>
        <translation>UDP 소켓을 열 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>OnvifKind</name>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>Camera address</source>
        <translation>카메라 주소</translation>
    </message>
    <message>
        <source>192.168.1.20 or onvif://…</source>
        <translation>192.168.1.20 또는 onvif://…</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>The port of the camera&apos;s web services (80 on most cameras)</source>
        <translation>카메라 웹 서비스의 포트(대부분의 카메라는 80)</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>프로필(&amp;R):</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>the largest (main stream)</source>
        <translation>가장 큰 것(메인 스트림)</translation>
    </message>
    <message>
        <source>The token of the camera&apos;s media profile to show; empty: the largest</source>
        <translation>표시할 카메라 미디어 프로필의 토큰. 비워 두면 가장 큰 것</translation>
    </message>
    <message>
        <source>enter the camera&apos;s address (its host name or IP address)</source>
        <translation>카메라 주소(호스트 이름 또는 IP 주소)를 입력하세요</translation>
    </message>
    <message>
        <source>ONVIF camera</source>
        <translation>ONVIF 카메라</translation>
    </message>
</context>
<context>
    <name>OnvifSource</name>
    <message>
        <source>the camera gives no RTSP address</source>
        <translation>카메라가 RTSP 주소를 주지 않습니다</translation>
    </message>
    <message>
        <source>the camera has no profile &quot;%1&quot;</source>
        <translation>카메라에 &quot;%1&quot; 프로필이 없습니다</translation>
    </message>
</context>
<context>
    <name>PushKind</name>
    <message>
        <source>&amp;Sender&apos;s name:</source>
        <translation>보내는 쪽 이름(&amp;S):</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>보내는 쪽 이름</translation>
    </message>
    <message>
        <source>e.g. porch</source>
        <translation>예: porch</translation>
    </message>
    <message>
        <source>A sender pushes this camera&apos;s pictures to /ws/video/NAME/ on the share server.</source>
        <translation>보내는 쪽은 이 카메라의 사진을 공유 서버의 /ws/video/NAME/ 으로 보냅니다.</translation>
    </message>
    <message>
        <source>a push camera needs a name of lowercase letters, digits and dashes (push:NAME)</source>
        <translation>푸시 카메라에는 소문자, 숫자, 대시로 된 이름이 필요합니다 (push:NAME)</translation>
    </message>
    <message>
        <source>nothing can push pictures in this program</source>
        <translation>이 프로그램에는 화면을 푸시할 수 있는 곳이 없습니다</translation>
    </message>
    <message>
        <source>Pictures pushed to this program</source>
        <translation>이 프로그램으로 보내지는 사진</translation>
    </message>
</context>
<context>
    <name>PushSource</name>
    <message>
        <source>the sender went away</source>
        <translation>보내는 쪽이 연결을 끊었습니다</translation>
    </message>
</context>
<context>
    <name>RtspKind</name>
    <message>
        <source>RTSP camera</source>
        <translation>RTSP 카메라</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>Camera address</source>
        <translation>카메라 주소</translation>
    </message>
    <message>
        <source>192.168.1.20 or rtsp://…</source>
        <translation>192.168.1.20 또는 rtsp://…</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>경로(&amp;H):</translation>
    </message>
    <message>
        <source>Stream path</source>
        <translation>스트림 경로</translation>
    </message>
    <message>
        <source>e.g. /stream1</source>
        <translation>예: /stream1</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>전송 방식(&amp;R):</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>전송 방식</translation>
    </message>
    <message>
        <source>TCP (reliable)</source>
        <translation>TCP (안정적)</translation>
    </message>
    <message>
        <source>UDP (lower delay)</source>
        <translation>UDP (지연 적음)</translation>
    </message>
    <message>
        <source>enter the camera&apos;s address (its host name or IP address)</source>
        <translation>카메라 주소(호스트 이름 또는 IP 주소)를 입력하세요</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>설정 페이지</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Share server (at the next start)</source>
        <translation>공유 서버 (다음 시작부터)</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>이 컴퓨터만</translation>
    </message>
    <message>
        <source>Every network of this computer</source>
        <translation>이 컴퓨터의 모든 네트워크</translation>
    </message>
    <message>
        <source>This network address: %1</source>
        <translation>이 네트워크 주소: %1</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>비어 있는 아무 포트</translation>
    </message>
    <message>
        <source>Ask for a view link or the admin token on this computer too</source>
        <translation>이 컴퓨터에서도 보기 링크나 관리자 토큰을 요구</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>수신 대기(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>The command line&apos;s --share-bind, --share-port and --share-require-token win over these.</source>
        <translation>명령줄의 --share-bind, --share-port, --share-require-token이 이 설정보다 우선합니다.</translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation>관리자 토큰</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>표시(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the admin token</source>
        <translation>관리자 토큰 복사</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>새 토큰(&amp;N)…</translation>
    </message>
    <message>
        <source>It opens everything: every camera, switching them, making links. Give others a view link instead; make a new token if it may have leaked.</source>
        <translation>모든 것을 열 수 있습니다: 모든 카메라, 켜고 끄기, 링크 만들기. 다른 사람에게는 보기 링크를 주고, 유출되었을 수 있으면 새 토큰을 만드세요.</translation>
    </message>
    <message>
        <source>It opens everything: every camera, switching them, making links. This run&apos;s token comes from the command line (--share-token).</source>
        <translation>모든 것을 열 수 있습니다: 모든 카메라, 켜고 끄기, 링크 만들기. 이번 실행의 토큰은 명령줄(--share-token)에서 왔습니다.</translation>
    </message>
    <message>
        <source>View links</source>
        <translation>보기 링크</translation>
    </message>
    <message>
        <source>Make a link in a camera&apos;s Link… dialog: it opens that camera only, until it expires or is revoked here.</source>
        <translation>링크는 카메라의 링크… 대화 상자에서 만듭니다. 만료되거나 여기서 취소할 때까지 그 카메라만 열 수 있습니다.</translation>
    </message>
    <message>
        <source>The share server is not running in this window: sharing is off.</source>
        <translation>이 창에서는 공유 서버가 실행되고 있지 않습니다: 공유가 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>Dark (suits video)</source>
        <translation>어둡게 (영상에 적합)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>시스템 언어 (%1)</translation>
    </message>
    <message>
        <source>The camera&apos;s &amp;name and state</source>
        <translation>카메라 이름과 상태(&amp;N)</translation>
    </message>
    <message>
        <source>The &amp;frame rate and size</source>
        <translation>프레임 속도와 크기(&amp;F)</translation>
    </message>
    <message>
        <source>The &amp;time of the picture</source>
        <translation>화면의 시각(&amp;T)</translation>
    </message>
    <message>
        <source>Many IP cameras print their own name and time into the picture. A camera that is not live says why on its tile whatever is chosen here.</source>
        <translation>많은 IP 카메라는 자기 이름과 시각을 화면에 직접 넣습니다. 라이브가 아닌 카메라는 여기서 무엇을 고르든 타일에 이유를 표시합니다.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>Over the pictures:</source>
        <translation>화면 위에 표시:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>The theme and the overlay change at once; the language at the next start.</source>
        <translation>테마와 화면 위 표시는 바로, 언어는 다음 시작 때 바뀝니다.</translation>
    </message>
    <message>
        <source>Other devices on the network can reach the server. They still need a view link or the admin token; to reach it from the internet, put a reverse proxy with HTTPS in front of it.</source>
        <translation>네트워크의 다른 기기가 서버에 접속할 수 있습니다. 그래도 보기 링크나 관리자 토큰이 필요합니다. 인터넷에서 접속하려면 앞에 HTTPS 리버스 프록시를 두세요.</translation>
    </message>
    <message>
        <source>…fading a few seconds after the camera went live, back under the pointer</source>
        <translation>…라이브가 되고 몇 초 뒤 흐려지고, 포인터를 올리면 다시 표시</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share %1</source>
        <translation>%1 공유</translation>
    </message>
    <message>
        <source>Share address</source>
        <translation>공유 주소</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the share address</source>
        <translation>공유 주소 복사</translation>
    </message>
    <message>
        <source>QR code of the share address</source>
        <translation>공유 주소의 QR 코드</translation>
    </message>
    <message>
        <source>for 1 hour</source>
        <translation>1시간 동안</translation>
    </message>
    <message>
        <source>for 1 day</source>
        <translation>1일 동안</translation>
    </message>
    <message>
        <source>for 1 week</source>
        <translation>1주일 동안</translation>
    </message>
    <message>
        <source>until revoked</source>
        <translation>취소할 때까지</translation>
    </message>
    <message>
        <source>How long the link works</source>
        <translation>링크 유효 기간</translation>
    </message>
    <message>
        <source>&amp;Make link</source>
        <translation>링크 만들기(&amp;M)</translation>
    </message>
    <message>
        <source>A link that opens this camera only,</source>
        <translation>이 카메라만 여는 링크,</translation>
    </message>
    <message>
        <source>Links made</source>
        <translation>만든 링크</translation>
    </message>
    <message>
        <source>Whoever has a link can watch this camera until the link expires or you revoke it, and nothing else: no other camera, no settings.</source>
        <translation>링크를 가진 사람은 링크가 만료되거나 취소할 때까지 이 카메라를 볼 수 있으며, 그 밖의 것은 할 수 없습니다(다른 카메라도, 설정도).</translation>
    </message>
    <message>
        <source>New &amp;admin token…</source>
        <translation>새 관리자 토큰(&amp;A)…</translation>
    </message>
    <message>
        <source>The admin token opens everything (all cameras, switching them, making links). Make a new one if it may have leaked.</source>
        <translation>관리자 토큰으로 모든 것을 할 수 있습니다(모든 카메라, 켜고 끄기, 링크 만들기). 유출되었을 수 있다면 새로 만드세요.</translation>
    </message>
    <message>
        <source>Too many links: revoke some first.</source>
        <translation>링크가 너무 많습니다. 먼저 몇 개를 취소하세요.</translation>
    </message>
    <message>
        <source>New admin token</source>
        <translation>새 관리자 토큰</translation>
    </message>
    <message>
        <source>Every browser and script that uses the admin token will need the new one, and pages and streams opened with it end now. View links keep working.</source>
        <translation>관리자 토큰을 쓰는 모든 브라우저와 스크립트에 새 토큰이 필요하며, 이전 토큰으로 연 페이지와 스트림은 지금 종료됩니다. 보기 링크는 계속 작동합니다.</translation>
    </message>
    <message>
        <source>Make a new token</source>
        <translation>새 토큰 만들기</translation>
    </message>
    <message>
        <source>Only this computer can reach the share server: a phone cannot open these addresses. To watch from other devices, let the server listen on the network (Settings, from the next start) or serve it through a reverse proxy.</source>
        <translation>공유 서버에는 이 컴퓨터만 접속할 수 있습니다. 휴대폰은 이 주소를 열 수 없습니다. 다른 기기에서 보려면 서버가 네트워크에서 수신 대기하도록 하거나(설정, 다음 시작부터) 리버스 프록시를 통해 제공하세요.</translation>
    </message>
    <message>
        <source>Serve on the &amp;network…</source>
        <translation>네트워크에서 제공(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ShareServer</name>
    <message>
        <source>the share server is already running</source>
        <translation>공유 서버가 이미 실행 중입니다</translation>
    </message>
    <message>
        <source>refusing to share on %1 without an access token</source>
        <translation>접근 토큰 없이 %1에서 공유할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>%1:%2에서 수신할 수 없습니다: %3</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>there is no picture yet</source>
        <translation>아직 화면이 없습니다</translation>
    </message>
</context>
<context>
    <name>SourceError</name>
    <message>
        <source>invalid camera address</source>
        <translation>카메라 주소가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>camera unreachable</source>
        <translation>카메라에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>시간이 초과되었습니다</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>인증에 실패했습니다</translation>
    </message>
    <message>
        <source>stream not found</source>
        <translation>스트림을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation>지원하지 않는 형식입니다</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>장치를 사용 중입니다</translation>
    </message>
    <message>
        <source>device missing</source>
        <translation>장치가 없습니다</translation>
    </message>
    <message>
        <source>stream ended</source>
        <translation>스트림이 끝났습니다</translation>
    </message>
    <message>
        <source>no picture (stalled)</source>
        <translation>화면이 멈췄습니다</translation>
    </message>
</context>
<context>
    <name>SourceFactory</name>
    <message>
        <source>not a valid camera address</source>
        <translation>올바른 카메라 주소가 아닙니다</translation>
    </message>
    <message>
        <source>unknown address scheme &quot;%1&quot;</source>
        <translation>알 수 없는 주소 형식 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>StreamChannel</name>
    <message numerus="yes">
        <source>(next try in %n min, so that the camera does not lock the account)</source>
        <translation>
            <numerusform>(카메라가 계정을 잠그지 않도록 %n분 뒤에 다시 시도)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestPatternKind</name>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>화면 크기</translation>
    </message>
    <message>
        <source>&amp;Frames per second:</source>
        <translation>초당 프레임 수(&amp;F):</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>초당 프레임 수</translation>
    </message>
    <message>
        <source>unknown test source (use test:pattern)</source>
        <translation>알 수 없는 테스트 소스입니다(test:pattern 사용)</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>테스트 패턴</translation>
    </message>
</context>
<context>
    <name>ViewLinkList</name>
    <message>
        <source>&amp;Revoke</source>
        <translation>취소(&amp;R)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>마지막 사용</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>View links</source>
        <translation>보기 링크</translation>
    </message>
    <message>
        <source>Links to this camera</source>
        <translation>이 카메라의 링크</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>아직 없음</translation>
    </message>
</context>
<context>
    <name>ViewSwitcher</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>보기 목록(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>순환(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>보기 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Save this arrangement of cameras as a view (%1)</source>
        <translation>이 카메라 배치를 보기로 저장 (%1)</translation>
    </message>
    <message>
        <source>&amp;Rename view…</source>
        <translation>보기 이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete view…</source>
        <translation>보기 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Run &amp;tour</source>
        <translation>순환 실행(&amp;T)</translation>
    </message>
    <message>
        <source>Show the views in the tour one after another; any key or mouse movement holds it (%1)</source>
        <translation>순환에 넣은 보기를 차례로 표시합니다. 키나 마우스를 움직이면 멈춥니다 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n seconds</source>
        <translation>
            <numerusform>%n초마다</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Show a saved view (Ctrl+1 to Ctrl+9)</source>
        <translation>저장한 보기 표시 (Ctrl+1~Ctrl+9)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>보기 저장</translation>
    </message>
    <message>
        <source>The layout, the cameras&apos; places and the camera filling the grid are kept under this name. A view of the same name is replaced.

Name:</source>
        <translation>레이아웃, 카메라 위치, 최대화한 카메라를 이 이름으로 저장합니다. 같은 이름의 보기는 바뀝니다.

이름:</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>보기 %1</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>보기에는 이름이 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n views already: delete one first.</source>
        <translation>
            <numerusform>보기가 이미 %n개 있습니다. 먼저 하나를 삭제하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>보기 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>Another view is called %1.</source>
        <translation>%1(이)라는 다른 보기가 있습니다.</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>보기 삭제</translation>
    </message>
    <message>
        <source>Delete the view %1? The cameras stay as they are.</source>
        <translation>보기 %1을(를) 삭제할까요? 카메라는 그대로 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Rename %1…</source>
        <translation>%1 이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete %1…</source>
        <translation>%1 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>저장한 보기가 아직 없습니다</translation>
    </message>
    <message>
        <source>Views in the tour</source>
        <translation>순환에 넣을 보기</translation>
    </message>
    <message>
        <source>With no view, the tour shows the pages</source>
        <translation>보기가 없으면 페이지를 순환합니다</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>보기 목록</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>저장한 보기 없음</translation>
    </message>
    <message>
        <source>Show on a &amp;screen</source>
        <translation>화면에 표시(&amp;S)</translation>
    </message>
    <message>
        <source>This arrangement</source>
        <translation>현재 배치</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>화면 %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>The arrangement as it is now; Escape closes it</source>
        <translation>현재 배치를 표시합니다. Esc로 닫습니다</translation>
    </message>
    <message>
        <source>The view %1; Escape closes it</source>
        <translation>보기 %1을(를) 표시합니다. Esc로 닫습니다</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>%1 — CCTV Dashboard</source>
        <translation>%1 — CCTV 대시보드</translation>
    </message>
</context>
<context>
    <name>WebSocketKind</name>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>피드 주소</translation>
    </message>
    <message>
        <source>ws://host:8000/ws/video/name/</source>
        <translation>ws://host:8000/ws/video/name/</translation>
    </message>
    <message>
        <source>WebSocket feed</source>
        <translation>WebSocket 피드</translation>
    </message>
</context>
<context>
    <name>WebSocketSource</name>
    <message>
        <source>no WebSocket handshake within %1 s</source>
        <translation>%1초 안에 WebSocket 핸드셰이크가 없습니다</translation>
    </message>
    <message>
        <source>the connection closed during the WebSocket handshake</source>
        <translation>WebSocket 핸드셰이크 중에 연결이 닫혔습니다</translation>
    </message>
    <message>
        <source>the camera sent a message larger than 16 MiB</source>
        <translation>카메라가 16 MiB보다 큰 메시지를 보냈습니다</translation>
    </message>
    <message>
        <source>the camera closed the connection</source>
        <translation>카메라가 연결을 닫았습니다</translation>
    </message>
    <message>
        <source>the camera closed the connection (%1)</source>
        <translation>카메라가 연결을 닫았습니다(%1)</translation>
    </message>
    <message>
        <source>access forbidden (HTTP 403)</source>
        <translation>접근이 금지되었습니다(HTTP 403)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1, not a WebSocket</source>
        <translation>서버가 WebSocket이 아닌 HTTP %1로 응답했습니다</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>연결이 거부되었습니다</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>호스트를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 핸드셰이크에 실패했습니다</translation>
    </message>
    <message>
        <source>%1 messages in a row held no JPEG picture (%2)</source>
        <translation>메시지 %1개 연속으로 JPEG 화면이 없었습니다(%2)</translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS 핸드셰이크에 실패했습니다(%1)</translation>
    </message>
</context>
<context>
    <name>WebcamKind</name>
    <message>
        <source>&amp;Device:</source>
        <translation>장치(&amp;D):</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>No camera found on this computer</source>
        <translation>이 컴퓨터에서 카메라를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>해상도(&amp;R):</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <source>Camera default</source>
        <translation>카메라 기본값</translation>
    </message>
    <message>
        <source>&amp;Frames per second:</source>
        <translation>초당 프레임 수(&amp;F):</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>초당 프레임 수</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (연결 안 됨)</translation>
    </message>
    <message>
        <source>not a webcam address (use webcam:0 or v4l2:///dev/video0)</source>
        <translation>웹캠 주소가 아닙니다(webcam:0 또는 v4l2:///dev/video0 사용)</translation>
    </message>
    <message>
        <source>Local webcam</source>
        <translation>로컬 웹캠</translation>
    </message>
</context>
<context>
    <name>WebcamSource</name>
    <message>
        <source>no camera at %1</source>
        <translation>%1에 카메라가 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a video device</source>
        <translation>%1은(는) 비디오 장치가 아닙니다</translation>
    </message>
    <message>
        <source>another program is using %1</source>
        <translation>다른 프로그램이 %1을(를) 사용 중입니다</translation>
    </message>
    <message>
        <source>no permission to open %1 (is this user in the &quot;video&quot; group?)</source>
        <translation>%1을(를) 열 권한이 없습니다(&quot;video&quot; 그룹에 속한 사용자인가요?)</translation>
    </message>
    <message>
        <source>%1 (%2) is not a capture device</source>
        <translation>%1(%2)은(는) 영상 입력 장치가 아닙니다</translation>
    </message>
    <message>
        <source>another program is using %1 (%2)</source>
        <translation>다른 프로그램이 %1을(를) 사용 중입니다(%2)</translation>
    </message>
    <message>
        <source>%1 would not start</source>
        <translation>%1을(를) 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 was unplugged</source>
        <translation>%1이(가) 분리되었습니다</translation>
    </message>
    <message>
        <source>%1 stopped sending pictures</source>
        <translation>%1에서 화면이 더 이상 오지 않습니다</translation>
    </message>
</context>
<context>
    <name>XmlTree</name>
    <message>
        <source>the answer is too large</source>
        <translation>응답이 너무 큽니다</translation>
    </message>
    <message>
        <source>the answer declares a document type, which devices never need</source>
        <translation>응답이 문서 형식을 선언합니다(장치에는 필요 없는 것입니다)</translation>
    </message>
    <message>
        <source>the answer refers to an undeclared entity</source>
        <translation>응답이 선언되지 않은 엔터티를 참조합니다</translation>
    </message>
    <message>
        <source>the answer is not XML</source>
        <translation>응답이 XML이 아닙니다</translation>
    </message>
    <message>
        <source>the answer is nested too deeply</source>
        <translation>응답의 중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <source>the answer has too many elements</source>
        <translation>응답의 요소가 너무 많습니다</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>warning: cannot save %1: %2</source>
        <translation>경고: %1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cctv-dashboard: no display to open a window on (DISPLAY is not set); use --headless to run without one</source>
        <translation>cctv-dashboard: 창을 열 디스플레이가 없습니다(DISPLAY가 설정되지 않음). 창 없이 실행하려면 --headless를 사용하세요</translation>
    </message>
    <message>
        <source>No ONVIF device answered.</source>
        <translation>응답한 ONVIF 장치가 없습니다.</translation>
    </message>
</context>
</TS>
