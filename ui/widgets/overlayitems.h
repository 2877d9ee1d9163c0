#pragma once

// What a tile writes over its camera's picture; each can be switched off in Settings, for a picture that carries
// its own name and time (IP cameras print them) or a wall that wants pictures only. A camera that is not live
// says why in the middle of its tile whatever is chosen here.
struct OverlayItems
{
    bool title = true; // top left: the state dot, the name, the state
    bool figures = true; // bottom left: the frame rate and the size
    bool clock = true; // bottom right: the time the picture shown was taken
    // The title fades a few seconds after the camera went live, leaving the corner where IP cameras print their
    // own name and time readable; it comes back under the pointer, with the focus, and while the camera is not live.
    bool titleFades = true;

    bool operator==(const OverlayItems &other) const = default;
};
