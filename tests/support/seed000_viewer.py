# What seed 000's video.html does, in Python: open the camera's path, parse each message as JSON and take its
# data URL. Checks that COUNT messages hold a JPEG data URL, writes the last picture to OUT, prints "ok N".
import asyncio
import base64
import json
import sys

import websockets

url, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]


async def main():
    async with websockets.connect(url, max_size=2**25) as websocket:
        for i in range(count):
            v_data = json.loads(await asyncio.wait_for(websocket.recv(), 20))
            prefix = "data:image/jpeg;base64,"
            if not v_data["message"].startswith(prefix):
                sys.exit("message %d is not a JPEG data URL: %r" % (i, v_data["message"][:40]))
            jpeg = base64.b64decode(v_data["message"][len(prefix):], validate=True)
            if not jpeg.startswith(b"\xff\xd8\xff"):
                sys.exit("message %d does not hold a JPEG" % i)
        with open(out, "wb") as f:
            f.write(jpeg)
    print("ok %d" % count, flush=True)

asyncio.run(main())
