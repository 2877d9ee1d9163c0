# Seed 000's send_video.py as its author wrote it, with two changes a test needs: the address comes from the
# command line, and the pictures come from a folder of JPEG files instead of cv2.VideoCapture(0) (no webcam here;
# cv2.imencode of a captured frame gives such JPEG bytes). Same library, same message text, same pacing.
import asyncio
import websockets
import base64
import pathlib
import sys
import time

url = sys.argv[1]
frames = [p.read_bytes() for p in sorted(pathlib.Path(sys.argv[2]).glob("*.jpg"))]
count = 0


# Send video screenshots to the server in real time
async def send_video(websocket):
    global count
    while True:
        time.sleep(0.1)

        img = frames[count % len(frames)]
        count += 1
        # base64 encoded transmission
        img = base64.b64encode(img).decode()

        await websocket.send("data:image/jpg;base64," + img)


async def main_logic():
    async with websockets.connect(url) as websocket:
        await send_video(websocket)

asyncio.get_event_loop().run_until_complete(main_logic())
