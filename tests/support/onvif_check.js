#!/usr/bin/env node
// An independent ONVIF client against tests/support/onvif_simulator.py: the `onvif` npm package (not our C++ code)
// connects as it would to a real camera and prints what it read, as JSON on stdout; exit status 1 on any error.
//   NODE_PATH=<dir>/node_modules node onvif_check.js HOST PORT [USER PASSWORD] [--digest] [--discovery-port N]
// <dir> is where `npm install onvif` ran. --digest: HTTP Digest instead of WS-Security (the simulator's
// --http-digest). --discovery-port: also probe the simulator's unicast UDP port with the package's Discovery.
'use strict';

const dgram = require('dgram');
let onvif;
try {
	onvif = require('onvif');
} catch (e) {
	console.error('the onvif npm package is missing: npm install onvif, then set NODE_PATH to its node_modules');
	process.exit(2);
}

const args = process.argv.slice(2);
const flag = (name) => {
	const i = args.indexOf(name);
	if (i < 0) { return undefined; }
	const value = name === '--digest' ? true : args[i + 1];
	args.splice(i, name === '--digest' ? 1 : 2);
	return value;
};
const digest = flag('--digest') === true;
const discoveryPort = flag('--discovery-port');
const [hostname, port, username, password] = args;
if (!hostname || !port) {
	console.error('usage: onvif_check.js HOST PORT [USER PASSWORD] [--digest] [--discovery-port N]');
	process.exit(2);
}

const result = {};
const warnings = [];

function finish(err) {
	if (warnings.length) { result.warnings = warnings; }
	if (err) { result.error = String(err && err.message || err); }
	console.log(JSON.stringify(result, null, 2));
	process.exit(err ? 1 : 0);
}

// The package's getStreamUri, as a promise.
function streamUri(cam, token) {
	return new Promise((resolve, reject) => {
		cam.getStreamUri({protocol: 'RTSP', profileToken: token}, (err, media) => err ? reject(err) : resolve(media.uri));
	});
}

function connect() {
	return new Promise((resolve, reject) => {
		const cam = new onvif.Cam({
			hostname, port: Number(port), username, password, timeout: 10000, useWSSecurity: !digest,
		}, function(err) { err ? reject(err) : resolve(cam); });
		cam.on('warning', (w) => warnings.push(String(w)));
	});
}

// Discovery.probe sends only to 239.255.255.250:3702 and takes no target. To run the package's own Probe and
// ProbeMatches parsing against the simulator's unicast port without sending anything off this machine, its one
// datagram to the group is redirected to 127.0.0.1:<port>; nothing else in the package is touched.
function discover(udpPort) {
	const send = dgram.Socket.prototype.send;
	dgram.Socket.prototype.send = function(msg, offset, length, sendPort, address, ...rest) {
		if (address === '239.255.255.250' && sendPort === 3702) {
			return send.call(this, msg, offset, length, Number(udpPort), '127.0.0.1', ...rest);
		}
		return send.call(this, msg, offset, length, sendPort, address, ...rest);
	};
	return new Promise((resolve) => {
		const found = [];
		const errors = [];
		onvif.Discovery.on('error', (e) => errors.push(String(e)));
		onvif.Discovery.on('device', (data) => {
			const match = data.probeMatches.probeMatch;
			found.push({
				address: match.endpointReference.address,
				types: match.types,
				scopes: String(match.scopes).split(' '),
				XAddrs: match.XAddrs,
			});
		});
		onvif.Discovery.probe({timeout: 1500, resolve: false}, () => {
			dgram.Socket.prototype.send = send;
			resolve({found, errors});
		});
	});
}

(async () => {
	try {
		if (discoveryPort) {
			result.discovery = await discover(discoveryPort);
		}
		const cam = await connect();
		result.deviceInformation = await new Promise((resolve, reject) =>
			cam.getDeviceInformation((err, info) => err ? reject(err) : resolve(info)));
		// The camera's clock minus ours, as the package worked it out from GetSystemDateAndTime.
		result.clockOffsetSeconds = cam.timeShift !== undefined
			? Math.round((cam.timeShift + process.uptime() * 1000 - Date.now()) / 1000) : null;
		const profiles = cam.profiles || [];
		if (profiles.length === 0) {
			throw new Error('the device listed no media profiles');
		}
		result.profiles = [];
		for (const profile of profiles) {
			const encoder = profile.videoEncoderConfiguration || {};
			result.profiles.push({
				name: profile.name,
				token: profile.$.token,
				width: encoder.resolution && encoder.resolution.width,
				height: encoder.resolution && encoder.resolution.height,
				encoding: encoder.encoding,
				uri: await streamUri(cam, profile.$.token),
			});
		}
		finish(null);
	} catch (err) {
		finish(err);
	}
})();
