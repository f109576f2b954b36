import { describe, expect, it } from "vitest";
import { forumFromVenue } from "../../lib/activities/forum-from-venue.ts";

describe("recognising the forum from the venue", () => {
  it("reads the gathering a venue names", () => {
    expect(forumFromVenue("Majelis Taklim Nurul Falah")).toBe("majelis-taklim");
    expect(forumFromVenue("Majlis Ta'lim Al-Hidayah")).toBe("majelis-taklim");
    expect(forumFromVenue("Pengajian ibu-ibu")).toBe("majelis-taklim");
    expect(forumFromVenue("Pertemuan PKK")).toBe("pkk");
    expect(forumFromVenue("Karang Taruna Tunas Muda")).toBe("karang-taruna");
    expect(forumFromVenue("KWT Melati")).toBe("women-farmers-group");
    expect(forumFromVenue("Sanggar Teater Rakyat")).toBe("theatre-group");
    expect(forumFromVenue("Kampung KB")).toBe("kampung-kb");
    expect(forumFromVenue("SMP Negeri")).toBe("school");
    expect(forumFromVenue("Aula Kantor Kelurahan")).toBe("government-office");
    expect(forumFromVenue("Zoom")).toBe("online");
    expect(forumFromVenue("Balai Warga")).toBe("rt-rw-meeting");
  });

  it("reads an RT or RW after a gathering as that gathering's name: the gathering wins", () => {
    expect(forumFromVenue("Arisan ibu-ibu RT 02")).toBe("arisan");
    expect(forumFromVenue("Posyandu Melati RW 09")).toBe("posyandu");
    expect(forumFromVenue("Pertemuan PKK RW 03")).toBe("pkk");
    expect(forumFromVenue("Pertemuan RW 05")).toBe("rt-rw-meeting");
    expect(forumFromVenue("Rapat RT 03")).toBe("rt-rw-meeting");
  });

  it("matches whole words only, and says other when the venue names no forum", () => {
    expect(forumFromVenue("Masjid Al-Ikhlas")).toBe("other");
    expect(forumFromVenue("Lapangan Kelurahan Jombang")).toBe("other");
    // "Smart" is not "SMA"; "Martabak" is not "MA".
    expect(forumFromVenue("Smart Room Martabak")).toBe("other");
    // A foundation's office is not a government office; a field in an RW is not a meeting.
    expect(forumFromVenue("Kantor Yayasan Empatiku")).toBe("other");
    expect(forumFromVenue("Lapangan RW 05")).toBe("other");
    expect(forumFromVenue("Kantor Kesbangpol Kota Tangerang Selatan")).toBe("government-office");
    expect(forumFromVenue("")).toBe("other");
  });
});
